// Finds where a JSON text breaks, with line and column, because the built-in parser's messages differ between
// engines and do not always say where. Used only after JSON.parse has failed.

/** Where and why a JSON text is invalid (line and column count from 1). */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  reason: string;
}

class SyntaxStop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER_PATTERN = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** A recursive-descent reader that only checks syntax and stops at the first problem. */
function scan(text: string): void {
  let offset = 0;
  const describe = (at: number) =>
    at >= text.length ? 'the end of the text' : `${JSON.stringify(text[at])}`;
  const fail = (reason: string): never => {
    throw new SyntaxStop(offset, reason);
  };
  const skipSpace = () => {
    while (offset < text.length && ' \t\n\r'.includes(text[offset] ?? '')) offset += 1;
  };
  const expect = (character: string, context: string) => {
    skipSpace();
    if (text[offset] !== character) fail(`expected "${character}" ${context}, found ${describe(offset)}`);
    offset += 1;
  };
  const readString = () => {
    offset += 1;
    while (offset < text.length) {
      const character = text[offset] ?? '';
      if (character === '"') {
        offset += 1;
        return;
      }
      if (character.charCodeAt(0) < 0x20) fail('line break or control character inside a string');
      if (character === '\\') {
        const escaped = text[offset + 1] ?? '';
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(offset + 2, offset + 6))) offset += 6;
        else if (ESCAPES.has(escaped)) offset += 2;
        else fail(`invalid escape "\\${escaped}" in a string`);
      } else offset += 1;
    }
    fail('a string is not closed (missing ")');
  };
  const readValue = (): void => {
    skipSpace();
    const character = text[offset];
    if (character === '{' || character === '[') {
      readContainer(character === '{' ? '}' : ']', character === '{');
      return;
    }
    if (character === '"') {
      readString();
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, offset)) {
        offset += word.length;
        return;
      }
    }
    NUMBER_PATTERN.lastIndex = offset;
    const match = NUMBER_PATTERN.exec(text);
    if (match && match[0].length > 0) {
      offset += match[0].length;
      return;
    }
    fail(`expected a value, found ${describe(offset)}`);
  };
  const readContainer = (close: string, isObject: boolean): void => {
    offset += 1;
    skipSpace();
    if (text[offset] === close) {
      offset += 1;
      return;
    }
    for (;;) {
      if (isObject) {
        skipSpace();
        if (text[offset] !== '"') fail(`expected a quoted field name, found ${describe(offset)}`);
        readString();
        expect(':', 'after a field name');
      }
      readValue();
      skipSpace();
      if (text[offset] === ',') {
        offset += 1;
        skipSpace();
        if (text[offset] === close) fail(`trailing comma before "${close}"`);
        continue;
      }
      if (text[offset] === close) {
        offset += 1;
        return;
      }
      fail(`expected "," or "${close}", found ${describe(offset)}`);
    }
  };
  readValue();
  skipSpace();
  if (offset < text.length) fail(`unexpected ${describe(offset)} after the end of the JSON value`);
}

/** The first syntax problem of a JSON text, or undefined when the text is valid JSON. */
export function locateJsonProblem(text: string): JsonSyntaxProblem | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxStop)) throw error;
    const before = text.slice(0, error.offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return {
      line: before.split('\n').length,
      column: error.offset - lineStart + 1,
      reason: error.reason,
    };
  }
}

/**
 * Parses JSON text (a leading byte-order mark is allowed) and hands the value to `parseValue`; broken JSON
 * gives one field error naming the line and column instead. Shared by scenario and claim files.
 */
export function parseJsonText<Outcome>(
  text: string,
  parseValue: (json: unknown) => Outcome,
  invalid: (errors: { path: string; message: string }[]) => Outcome,
): Outcome {
  const withoutMark = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(withoutMark);
  } catch (error) {
    const problem = locateJsonProblem(withoutMark);
    const reason = problem?.reason ?? (error instanceof Error ? error.message : 'not valid JSON');
    const path = problem ? `line ${problem.line}, column ${problem.column}` : '(top level)';
    return invalid([{ path, message: `not valid JSON: ${reason}` }]);
  }
  return parseValue(json);
}
