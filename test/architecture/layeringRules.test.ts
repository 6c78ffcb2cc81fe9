// The layering rule itself must catch what it is meant to catch, or the layering test could never fail.
import { describe, expect, it } from 'vitest';
import { findEngineMathViolations, findLayeringViolations } from './layeringRules';

describe('findLayeringViolations', () => {
  it.each([
    "import { useState } from 'react';",
    "import { create } from 'zustand';",
    "import Plotly from 'plotly.js/lib/core';",
    "import { readFileSync } from 'node:fs';",
    "import path from 'path';",
    "import { Plot } from '../../app/components/Plot';",
    "const lazy = await import('react-dom');",
    'const width = window.innerWidth;',
    "localStorage.setItem('a', 'b');",
  ])('flags %s', (line) => {
    expect(findLayeringViolations(line)).not.toEqual([]);
  });

  it.each([
    "import { createRng } from '../random/rng';",
    "import type { Params } from '../params/table';",
    "import seedrandom from 'seedrandom';",
    '// window.innerWidth is mentioned only in a comment',
    "const label = text('Section of the document.');",
  ])('accepts %s', (line) => {
    expect(findLayeringViolations(line)).toEqual([]);
  });
});

describe('findEngineMathViolations', () => {
  it.each([
    'const y = Math.exp(x);',
    'const y = Math.log(x) / Math.LN2;',
    'const y = Math.log1p(-p);',
    'const y = Math.expm1(t);',
    'const y = Math.log10(x);',
    'const y = Math.log2(n);',
    'const y = Math.pow(x, 3);',
    'const y = Math.sin(Math.PI * x);',
    'const y = Math.atan2(a, b) + Math.cbrt(c);',
    'const y = (1 - p) ** n;',
    'let y = 2;\ny **= 3;',
    'const y = x **\n  2;',
  ])('flags %s', (code) => {
    const problems = findEngineMathViolations(code);
    expect(problems).not.toEqual([]);
    expect(problems.join(' ')).toContain('src/core/math');
  });

  it.each([
    "import { exp, log, pow } from '../math/index';",
    'const y = pow(1 - p, n) * exp(log(x));',
    'const y = Math.sqrt(x) + Math.floor(x) + Math.abs(x) + Math.max(a, b) + Math.PI + Math.E + Math.LN2;',
    '/** Doc comment: e^x is Math.exp(x), computed as x ** 2 elsewhere. */\nconst y = 1;',
    '/**\n * Multi-line doc with ** emphasis **.\n */\nconst y = 1;',
    '// 10 ** 3 and Math.log(x) in a line comment',
    "const label = 'x ** 2 and Math.pow(x, 2)';",
    'const label = `Math.exp(x) as text`;',
    'const mathematics = myMath.exp(x);',
  ])('accepts %s', (code) => {
    expect(findEngineMathViolations(code)).toEqual([]);
  });
});
