// Finds where a JSON text breaks, with line and column, because the built-in parser's messages differ between
// engines and do not always say where. The reader is iterative (an explicit stack, no recursion), so no nesting
// depth can exhaust the call stack, and it also enforces a nesting limit and a length limit on every text.
import { MAX_DOCUMENT_CHARS, MAX_NESTING_DEPTH } from './limits';

/** Where and why a JSON text is invalid (line and column count from 1). */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  reason: string;
}

const NUMBER_PATTERN = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const WORDS = ['true', 'false', 'null'] as const;

/** A container being read: its closing character, and whether a member or the closer comes next. */
interface Frame {
  close: '}' | ']';
  state: 'first' | 'value-done';
}

type Step = { offset: number } | { offset: number; reason: string };

function describe(text: string, at: number): string {
  return at >= text.length ? 'the end of the text' : JSON.stringify(text[at]);
}

function skipSpace(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && WHITESPACE.has(text[at] ?? '')) at += 1;
  return at;
}

/** Reads a string starting at its opening quote; returns the offset after the closing quote, or a problem. */
function readString(text: string, start: number): Step {
  let offset = start + 1;
  while (offset < text.length) {
    const character = text[offset] ?? '';
    if (character === '"') return { offset: offset + 1 };
    if (character.charCodeAt(0) < 0x20)
      return { offset, reason: 'line break or control character inside a string' };
    if (character !== '\\') {
      offset += 1;
      continue;
    }
    const escaped = text[offset + 1] ?? '';
    if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(offset + 2, offset + 6))) offset += 6;
    else if (ESCAPES.has(escaped)) offset += 2;
    else return { offset, reason: `invalid escape "\\${escaped}" in a string` };
  }
  return { offset, reason: 'a string is not closed (missing ")' };
}

/** Reads a scalar (string, number, word) at `offset`; containers are handled by the caller. */
function readScalar(text: string, offset: number): Step {
  if (text[offset] === '"') return readString(text, offset);
  for (const word of WORDS) if (text.startsWith(word, offset)) return { offset: offset + word.length };
  NUMBER_PATTERN.lastIndex = offset;
  const match = NUMBER_PATTERN.exec(text);
  if (match && match[0].length > 0) return { offset: offset + match[0].length };
  return { offset, reason: `expected a value, found ${describe(text, offset)}` };
}

/** The offset and reason of the first problem, or undefined for a valid text within the nesting limit. */
function scan(text: string): { offset: number; reason: string } | undefined {
  const stack: Frame[] = [];
  let offset = 0;
  let expectValue = true;
  for (;;) {
    offset = skipSpace(text, offset);
    if (expectValue) {
      const character = text[offset];
      if (character === '{' || character === '[') {
        if (stack.length >= MAX_NESTING_DEPTH)
          return { offset, reason: `nested more than ${MAX_NESTING_DEPTH} levels deep` };
        stack.push({ close: character === '{' ? '}' : ']', state: 'first' });
        offset += 1;
        const frame = stack[stack.length - 1]!;
        offset = skipSpace(text, offset);
        if (text[offset] === frame.close) {
          stack.pop();
          offset += 1;
          expectValue = false;
          continue;
        }
        if (frame.close === '}') {
          const key = readMemberName(text, offset);
          if ('reason' in key) return key;
          offset = key.offset;
        }
        continue;
      }
      const scalar = readScalar(text, offset);
      if ('reason' in scalar) return scalar;
      offset = scalar.offset;
      expectValue = false;
      continue;
    }
    const frame = stack[stack.length - 1];
    if (!frame) {
      if (offset < text.length)
        return { offset, reason: `unexpected ${describe(text, offset)} after the end of the JSON value` };
      return undefined;
    }
    if (text[offset] === frame.close) {
      stack.pop();
      offset += 1;
      continue;
    }
    if (text[offset] !== ',')
      return { offset, reason: `expected "," or "${frame.close}", found ${describe(text, offset)}` };
    offset = skipSpace(text, offset + 1);
    if (text[offset] === frame.close) return { offset, reason: `trailing comma before "${frame.close}"` };
    if (frame.close === '}') {
      const key = readMemberName(text, offset);
      if ('reason' in key) return key;
      offset = key.offset;
    }
    expectValue = true;
  }
}

/** Reads `"name" :` at `offset` (spaces allowed); returns the offset after the colon. */
function readMemberName(text: string, start: number): Step {
  const offset = skipSpace(text, start);
  if (text[offset] !== '"')
    return { offset, reason: `expected a quoted field name, found ${describe(text, offset)}` };
  const name = readString(text, offset);
  if ('reason' in name) return name;
  const colon = skipSpace(text, name.offset);
  if (text[colon] !== ':')
    return { offset: colon, reason: `expected ":" after a field name, found ${describe(text, colon)}` };
  return { offset: colon + 1 };
}

/** Line and column (from 1) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax problem of a JSON text (or nesting past the limit), or undefined when it is fine. */
export function locateJsonProblem(text: string): JsonSyntaxProblem | undefined {
  const problem = scan(text);
  return problem ? { ...position(text, problem.offset), reason: problem.reason } : undefined;
}

/**
 * Parses JSON text (a leading byte-order mark is allowed) and hands the value to `parseValue`; broken JSON,
 * a text past the length limit or nesting past the depth limit gives one field error naming the line and
 * column instead. Shared by scenario and claim files.
 */
export function parseJsonText<Outcome>(
  text: string,
  parseValue: (json: unknown) => Outcome,
  invalid: (errors: { path: string; message: string }[]) => Outcome,
): Outcome {
  if (text.length > MAX_DOCUMENT_CHARS) {
    return invalid([
      {
        path: '(top level)',
        message: `the file is ${text.length} characters long; at most ${MAX_DOCUMENT_CHARS} are allowed`,
      },
    ]);
  }
  const withoutMark = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const problem = locateJsonProblem(withoutMark);
  if (problem) {
    const path = `line ${problem.line}, column ${problem.column}`;
    return invalid([{ path, message: `not valid JSON: ${problem.reason}` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(withoutMark);
  } catch (error) {
    // The scanner accepts exactly the JSON grammar, so this is unexpected; report it without a position.
    const reason = error instanceof Error ? error.message : 'not valid JSON';
    return invalid([{ path: '(top level)', message: `not valid JSON: ${reason}` }]);
  }
  return parseValue(json);
}
