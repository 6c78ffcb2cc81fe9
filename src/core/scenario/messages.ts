// Error-message builders for the scenario schema. Every leaf of the schema gets a message saying what is
// allowed in plain words, so no default validator wording reaches a person.
import * as z from 'zod';
import { mustBeMessage, showInput } from '../params/describe';
import { MAX_TEXT_CHARS } from './limits';

// The validation library compiles fast paths with `new Function` unless told not to, and probes for it even
// then; the app's Content-Security-Policy forbids eval, so it is switched off once here, where every schema
// module gets its builders. (The one deliberate import-time effect in the core: it only selects the
// interpreter, which gives the same results.)
z.config({ jitless: true });

/** Marks the unknown-key issue of a parameter map, so the issue translator can suggest a close path. */
export const UNKNOWN_PARAMETER = 'unknown parameter';

/** An error function: "must be <allowed>; got <input>". */
export function mustBe(allowed: string) {
  return (issue: { input?: unknown }): string => mustBeMessage(allowed, issue.input);
}

/** A non-empty string field of at most `maxChars` characters. */
export function text(description: string, maxChars: number = MAX_TEXT_CHARS) {
  const error = mustBe(`a non-empty string of at most ${maxChars} characters`);
  return z.string({ error }).min(1, { error }).max(maxChars, { error }).meta({ description });
}

/** A finite number field (any value). */
export function anyNumber(description: string) {
  return z.number({ error: mustBe('a number') }).meta({ description });
}

/**
 * A strict object: unknown keys are errors that list the allowed keys; a non-object says which fields it takes.
 * `unknownKeyMessage` replaces the list (used for parameter maps, whose keys are the whole table).
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, unknownKeyMessage?: string) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? (unknownKeyMessage ?? `unknown field; allowed fields: ${keys.join(', ')}`)
        : `must be an object${keys.length > 0 ? ` with fields ${keys.join(', ')}` : ''}; got ${showInput(issue.input)}`,
  });
}
