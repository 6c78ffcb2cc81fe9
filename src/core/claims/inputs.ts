// Builds the uncertain inputs of a claim: every row of the plausible-range table that matters for the
// configuration and that the claim does not state, plus the ranges the claim file gives, and applies a drawn
// value to a parameter set (moving linked parameters by the same ratio).
import type { NumberParamSpec } from '../params/spec';
import { findParam, getParam, type Params, setParams } from '../params/table';
import { PLAUSIBLE_RANGES, type PlausibleRangeEntry } from './plausibleRanges';
import { statedValues } from './resolve';
import type { Claim, UncertainInput } from './types';

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function numberSpec(path: string): NumberParamSpec | undefined {
  const spec = findParam(path)?.spec;
  return spec?.kind === 'number' ? spec : undefined;
}

/** The central value of a range: the median of a uniform or log-uniform draw over it. */
export function rangeMedian(low: number, high: number, scale: 'linear' | 'log'): number {
  return scale === 'log' && low > 0 ? Math.sqrt(low * high) : (low + high) / 2;
}

function makeInput(
  path: string,
  bounds: { low: number; high: number },
  details: Pick<UncertainInput, 'rangeOrigin' | 'source'> & { linkedPaths: readonly string[] },
  params: Params,
): UncertainInput | undefined {
  const spec = numberSpec(path);
  if (!spec) return undefined;
  const low = clamp(bounds.low, spec.min, spec.max);
  const high = clamp(bounds.high, spec.min, spec.max);
  if (!(high > low)) return undefined;
  const scale = spec.scale === 'log' && low > 0 ? 'log' : 'linear';
  const median = rangeMedian(low, high, scale);
  const { linkedPaths, ...origin } = details;
  return {
    path,
    ...origin,
    linked: linkedPaths.map((linkedPath) => ({
      path: linkedPath,
      configured: Number(getParam(params, linkedPath)),
    })),
    label: spec.label,
    unit: spec.unit,
    scale,
    integer: spec.integer,
    low,
    high,
    nominal: spec.integer ? Math.round(median) : median,
    configured: Number(getParam(params, path)),
    validLow: spec.min,
    validHigh: spec.max,
  };
}

function tableBounds(entry: PlausibleRangeEntry, params: Params): { low: number; high: number } {
  if (entry.range.kind === 'absolute') return { low: entry.range.low, high: entry.range.high };
  const configured = Number(getParam(params, entry.path));
  return { low: configured * entry.range.lowFactor, high: configured * entry.range.highFactor };
}

/** Every uncertain input of a claim, table rows first (in table order), then the claim's other ranges. */
export function uncertainInputs(claim: Claim, params: Params): UncertainInput[] {
  const stated = new Set(Object.keys(statedValues(claim)));
  const claimRanges = claim.uncertainty ?? {};
  const fromTable = PLAUSIBLE_RANGES.flatMap((entry) => {
    const claimRange = claimRanges[entry.path];
    if (!claimRange && (stated.has(entry.path) || !entry.appliesTo(params, claim.claim.metric))) return [];
    const linkedPaths = entry.linkedPaths.filter((path) => !stated.has(path) && !claimRanges[path]);
    const input = claimRange
      ? makeInput(
          entry.path,
          { low: claimRange.min, high: claimRange.max },
          { linkedPaths, rangeOrigin: 'claim file', source: claimRange.source },
          params,
        )
      : makeInput(
          entry.path,
          tableBounds(entry, params),
          { linkedPaths, rangeOrigin: 'plausible-range table', source: entry.source },
          params,
        );
    return input ? [input] : [];
  });
  const tablePaths = new Set<string>(PLAUSIBLE_RANGES.map((entry) => entry.path));
  const fromClaim = Object.entries(claimRanges)
    .filter(([path]) => !tablePaths.has(path))
    .flatMap(([path, range]) => {
      const input = makeInput(
        path,
        { low: range.min, high: range.max },
        { linkedPaths: [], rangeOrigin: 'claim file', source: range.source },
        params,
      );
      return input ? [input] : [];
    });
  return [...fromTable, ...fromClaim];
}

/** A copy of params with the input set to value and its linked parameters scaled by the same ratio. */
export function applyInputValue(params: Params, input: UncertainInput, value: number): Params {
  const values: Record<string, number> = { [input.path]: input.integer ? Math.round(value) : value };
  const ratio = input.configured > 0 ? value / input.configured : 1;
  for (const linked of input.linked) {
    const spec = numberSpec(linked.path);
    if (spec) values[linked.path] = clamp(linked.configured * ratio, spec.min, spec.max);
  }
  return setParams(params, values);
}

/** A copy of params with every input at its nominal value. */
export function nominalParams(params: Params, inputs: readonly UncertainInput[]): Params {
  return inputs.reduce((next, input) => applyInputValue(next, input, input.nominal), params);
}
