// Shapes of the synergy matrix (docs/matrix.md): what defines a cell (knob, technique bundle, sensitivity
// inputs, the article's rating) and what computing it returns (values along the knob, score, rating,
// agreement with the article, robustness). Plain serialisable data throughout.
import type { KnownParamPath } from '../params/table';
import type { ParamScalar } from '../scenario/paramSchema';

/** A row of the matrix: a corner of the decentralized-AI triangle. */
export type MatrixRowId = 'privacy' | 'verifiability' | 'performance';

/** A column of the matrix: a corner of the blockchain trilemma. */
export type MatrixColumnId = 'decentralization' | 'security' | 'scalability';

/** How strongly a pairing reinforces: the article's three words. */
export type SynergyRating = 'strong' | 'medium' | 'weak';

/** The article's rating of a cell, or "not stated" where its text gives none. */
export type ArticleRating = SynergyRating | 'not stated';

/** Whether the computed rating equals the article's; "not-rated" for cells the article leaves open. */
export type Agreement = 'agree' | 'disagree' | 'not-rated';

/** Whether a rating survives the sensitivity runs. */
export type RobustnessVerdict = 'robust' | 'fragile';

/** One parameter the knob moves; all axes of a knob have one value per knob point (zipped). */
export interface KnobAxis {
  path: KnownParamPath;
  values: readonly ParamScalar[];
}

/** The documented knob that moves a column's property from low (first point) to high (last point). */
export interface Knob {
  /** Short name, e.g. "same 64 GPUs, from one datacentre to 64 operators worldwide". */
  label: string;
  /** Why moving these parameters this way moves the column's property. */
  rationale: string;
  /** One label per knob point, low to high. */
  pointLabels: readonly string[];
  axes: readonly KnobAxis[];
}

/** An uncertain parameter re-run across its plausible values (never one the knob sets). */
export interface ParameterSensitivity {
  kind: 'parameter';
  path: KnownParamPath;
  values: readonly ParamScalar[];
  /** Where the range comes from (the parameter table's source, a paper, or a stated assumption). */
  rangeSource: string;
}

/** One alternative setting of some of the knob's axes, e.g. "no volatility" for the node-speed axes. */
export interface KnobAlternative {
  label: string;
  /** Replacement values by axis path; each list has one value per knob point. */
  axes: Readonly<Partial<Record<KnownParamPath, readonly ParamScalar[]>>>;
}

/** An uncertain assumption built into the knob itself, re-run with alternative values along the knob. */
export interface KnobSensitivity {
  kind: 'knob';
  /** Name of the assumption, e.g. "volatility along the ladder". */
  name: string;
  alternatives: readonly KnobAlternative[];
  rangeSource: string;
}

/** An uncertain input re-run across its plausible range to test whether a rating holds. */
export type SensitivityInput = ParameterSensitivity | KnobSensitivity;

/** The technique bundle a cell runs with. */
export interface TechniqueBundle {
  label: string;
  /** Why this bundle: what the article associates with the cell, or why the model chose it. */
  reason: string;
}

/** Everything that defines one cell; the cell's scenario file holds the same params and sweep. */
export interface CellDefinition {
  /** Id of the scenario file in scenarios/matrix/ that runs this cell's sweep. */
  scenarioId: string;
  row: MatrixRowId;
  column: MatrixColumnId;
  bundle: TechniqueBundle;
  /** The job and the bundle, as "group.name": value applied over the table defaults. */
  params: Readonly<Partial<Record<KnownParamPath, ParamScalar>>>;
  knob: Knob;
  articleRating: ArticleRating;
  /** What the article says about the cell, paraphrased, or why it is not stated. */
  articleBasis: string;
  /** The model's mechanism along the knob: used to explain the rating, above all a disagreement. */
  mechanism: string;
  /** Two to four uncertain inputs (never knob axes) with their plausible values. */
  sensitivity: readonly SensitivityInput[];
}

/** Thresholds that turn a score into a rating and a share of kept ratings into a robustness verdict. */
export interface MatrixThresholds {
  /** Scores at or above this are "strong". */
  strongMinScore: number;
  /** Scores at or below this are "weak"; between the two, "medium". */
  weakMaxScore: number;
  /** A rating is robust when at least this share of sensitivity runs keeps it. */
  robustMinShareFraction: number;
}

/** One knob point of a computed cell. */
export interface CellPoint {
  label: string;
  knobValues: Record<string, ParamScalar>;
  /** The row's metric at this point, in its own unit. */
  rowMetricValue: number;
  /** The column's property at this point (evidence that the knob moves it). */
  columnMeasureValue: number;
  warnings: string[];
}

/** One sensitivity run: the inputs it set (parameter values, or the label of a knob alternative) and its rating. */
export interface SensitivityRun {
  values: Record<string, ParamScalar>;
  score: number;
  rating: SynergyRating;
  /** Cross-field rule violations at some point of this run (absent when none); the run still counts. */
  problems?: string[];
}

/** Whether the rating holds across the sensitivity runs. */
export interface Robustness {
  verdict: RobustnessVerdict;
  runCount: number;
  /** Share of runs that give the same rating as the nominal run. */
  keptShareFraction: number;
  /** Share of runs whose rating equals the article's (undefined where the article gives none). */
  articleAgreementShareFraction?: number;
  inputs: SensitivityInput[];
  runs: SensitivityRun[];
}

/** A computed cell. */
export interface CellResult {
  scenarioId: string;
  row: MatrixRowId;
  column: MatrixColumnId;
  bundle: TechniqueBundle;
  knob: Knob;
  rowMetric: { name: string; label: string; unit: string; better: 'higher' | 'lower' };
  columnMeasure: { name: string; label: string; unit: string };
  points: CellPoint[];
  /** Normalised change of the row metric from the knob's low end to its high end, oriented higher = better. */
  score: number;
  rating: SynergyRating;
  articleRating: ArticleRating;
  agreement: Agreement;
  /** Why the model rates the cell as it does, and for a disagreement why it differs from the article. */
  explanation: string;
  robustness?: Robustness;
}
