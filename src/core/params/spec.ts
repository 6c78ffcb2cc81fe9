// The shape of one row of the parameter table. The table (table.ts) drives validation, the app's controls,
// axis labels, URL encoding and CLI flags, so every input is described once, here, with unit and source.

/** Fields every parameter carries, whatever its kind. */
interface BaseParamSpec {
  /** Short label for controls and axes, without the unit (the unit is shown from `unit`). */
  label: string;
  /** One or two sentences: what the input means in the model. */
  description: string;
  /** Where the default and range come from (paper, datasheet, or "assumption: ..."). */
  source: string;
  /** Shown only in an "advanced" section of the controls. */
  advanced?: boolean;
}

/** A number with a unit, a default and an inclusive range. */
export interface NumberParamSpec extends BaseParamSpec {
  kind: 'number';
  /** Unit as shown to people, e.g. "ms", "Mbit/s", "FLOP/s", "fraction", "count". */
  unit: string;
  default: number;
  min: number;
  max: number;
  /** Slider and sweep spacing. */
  scale: 'linear' | 'log';
  /** Whole numbers only (counts). */
  integer: boolean;
}

/** One of a fixed list of options (a technique, a strategy, a policy). */
export interface ChoiceParamSpec<Option extends string = string> extends BaseParamSpec {
  kind: 'choice';
  options: readonly Option[];
  default: Option;
}

/** An on/off switch. */
export interface FlagParamSpec extends BaseParamSpec {
  kind: 'flag';
  default: boolean;
}

export type ParamSpec = NumberParamSpec | ChoiceParamSpec | FlagParamSpec;

/** A group of parameters, keyed by parameter name (the name carries the unit, e.g. `rttMs`). */
export type ParamGroupSpec = Record<string, ParamSpec>;

/** The TypeScript value type of one parameter spec. */
export type ParamValue<Spec> = Spec extends NumberParamSpec
  ? number
  : Spec extends ChoiceParamSpec<infer Option>
    ? Option
    : Spec extends FlagParamSpec
      ? boolean
      : never;

/** The values of one group, typed from its spec. */
export type GroupValues<Group extends ParamGroupSpec> = { [Key in keyof Group]: ParamValue<Group[Key]> };

/** Builds a number spec; integer and linear by default. */
export function numberParam(
  spec: Omit<NumberParamSpec, 'kind' | 'scale' | 'integer'> & {
    scale?: 'linear' | 'log';
    integer?: boolean;
  },
): NumberParamSpec {
  return { kind: 'number', scale: 'linear', integer: false, ...spec };
}

/** Builds a choice spec, keeping the literal option types. */
export function choiceParam<const Option extends string>(
  spec: Omit<ChoiceParamSpec<Option>, 'kind'>,
): ChoiceParamSpec<Option> {
  return { kind: 'choice', ...spec };
}

/** Builds a flag spec. */
export function flagParam(spec: Omit<FlagParamSpec, 'kind'>): FlagParamSpec {
  return { kind: 'flag', ...spec };
}

/**
 * Whether `value` is allowed by `spec`: a finite number within the range (whole if the spec says so), one of
 * the options, or a boolean. The same rule as the scenario schema's (paramSchema.ts), without zod, for code
 * that must not load the schema; a test keeps the two in agreement.
 */
export function isAllowedValue(spec: ParamSpec, value: unknown): boolean {
  if (spec.kind === 'number')
    return (
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= spec.min &&
      value <= spec.max &&
      (!spec.integer || Number.isInteger(value))
    );
  if (spec.kind === 'choice') return typeof value === 'string' && spec.options.includes(value);
  return typeof value === 'boolean';
}
