// Checks the provenance of fitted constants (src/core/calibration/fittedConstants.ts) against the `matches`
// figures of the calibration and peer scenarios: a figure a constant was fitted from must not be marked
// "prediction", every reference must name an existing figure, every `basis: "fitted"` figure must be named by
// some constant, and each constant's name must still appear in its file. Pure: texts in, problems out.
import { type FittedConstant, refersTo } from '../core/calibration/fittedConstants';

/** A `matches` figure as the check sees it. */
export interface ProvenanceFigure {
  caseId: string;
  label: string;
  basis: string;
  file: string;
}

/** Every problem, one sentence each; empty when the provenance holds. */
export function provenanceProblems(
  constants: readonly FittedConstant[],
  figures: readonly ProvenanceFigure[],
  fileText: (path: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  for (const constant of constants) {
    const text = fileText(constant.file);
    if (text === undefined) problems.push(`${constant.name}: its file ${constant.file} does not exist`);
    else
      for (const part of constant.name.split('.'))
        if (!text.includes(part)) problems.push(`${constant.name}: "${part}" is not in ${constant.file}`);
    for (const ref of constant.fittedFrom) {
      const named = figures.filter((figure) => refersTo(ref, figure.caseId, figure.label));
      const where = ref.label === undefined ? ref.caseId : `${ref.caseId} / "${ref.label}"`;
      if (named.length === 0) problems.push(`${constant.name} is fitted from ${where}, which no figure is`);
      for (const figure of named.filter((entry) => entry.basis === 'prediction'))
        problems.push(
          `${figure.file}: "${figure.label}" is marked prediction but ${constant.name} was fitted from it`,
        );
    }
  }
  for (const figure of figures.filter((entry) => entry.basis === 'fitted')) {
    const fitted = constants.some((constant) =>
      constant.fittedFrom.some((ref) => refersTo(ref, figure.caseId, figure.label)),
    );
    if (!fitted)
      problems.push(
        `${figure.file}: "${figure.label}" is basis fitted but no constant in src/core/calibration/fittedConstants.ts names it`,
      );
  }
  return problems;
}
