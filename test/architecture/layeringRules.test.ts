// The layering rule itself must catch what it is meant to catch, or the layering test could never fail.
import { describe, expect, it } from 'vitest';
import { findLayeringViolations } from './layeringRules';

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
