import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonProblem } from '../../../src/core/scenario/jsonLocation';

describe('locateJsonProblem', () => {
  it('finds nothing wrong in any valid JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonProblem(text)).toBeUndefined();
      }),
    );
  });

  it('flags every text the built-in parser rejects', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('}', ',', '"', ':', 'x'), (text, at, junk) => {
        const position = at % (text.length + 1);
        const broken = text.slice(0, position) + junk + text.slice(position);
        let builtInRejects = false;
        try {
          JSON.parse(broken);
        } catch {
          builtInRejects = true;
        }
        expect(locateJsonProblem(broken) !== undefined).toBe(builtInRejects);
      }),
    );
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}"'],
    ['{"a": [1, 2,]}', 1, 13, 'trailing comma'],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{"a": "open\n}', 1, 12, 'line break'],
    ['{"a": 1}\n{', 2, 1, 'after the end'],
    ['', 1, 1, 'expected a value'],
    ["{'a': 1}", 1, 2, 'quoted field name'],
  ])('locates the problem in %j at line %i, column %i', (text, line, column, reason) => {
    const problem = locateJsonProblem(text);
    expect(problem).toMatchObject({ line, column });
    expect(problem?.reason).toContain(reason);
  });
});
