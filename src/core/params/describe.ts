// What a parameter allows, in words, and the message for a value it refuses: the same wording as the scenario
// schema's (which uses these), without zod, so the app's controls and links can check values without loading
// the schema.
import { formatExact } from '../scenario/formatNumber';
import { showText } from '../scenario/limits';
import { isAllowedValue, type ParamSpec } from './spec';

/** What a parameter accepts, in plain words, e.g. "a whole number from 1 to 1000 (count)". */
export function describeAllowed(spec: ParamSpec): string {
  if (spec.kind === 'number') {
    const kind = spec.integer ? 'a whole number' : 'a number';
    return `${kind} from ${formatExact(spec.min)} to ${formatExact(spec.max)} (${spec.unit})`;
  }
  if (spec.kind === 'choice') return `one of ${spec.options.map((option) => `"${option}"`).join(', ')}`;
  return 'true or false';
}

/** A short, unambiguous rendering of a value someone supplied, for "got ..." in messages. */
export function showInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'number') return formatExact(input);
  if (typeof input === 'string') return showText(input);
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'null';
  return typeof input === 'object' ? 'an object' : String(input);
}

/** "must be <allowed>; got <input>", the message of every refused parameter value. */
export function mustBeMessage(allowed: string, input: unknown): string {
  return `must be ${allowed}; got ${showInput(input)}`;
}

/** Why `spec` refuses `value`, or null when it allows it. */
export function valueProblem(spec: ParamSpec, value: unknown): string | null {
  return isAllowedValue(spec, value) ? null : mustBeMessage(describeAllowed(spec), value);
}
