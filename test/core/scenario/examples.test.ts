// The example scenarios shipped in scenarios/ must stay valid as the parameter table grows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../src/core/scenario/parse';

const EXAMPLES = ['intellect-1-regions', 'petals-three-networks', 'data-parallel-home-broadband'];

describe('example scenarios', () => {
  it.each(EXAMPLES)('%s is valid, with its id matching its file name', (name) => {
    const outcome = parseScenarioText(readFileSync(`scenarios/${name}.json`, 'utf8'));
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
    expect(outcome.ok && outcome.scenario.id).toBe(name);
    expect(outcome.ok && (outcome.scenario.expect ?? []).length).toBeGreaterThan(2);
  });
});
