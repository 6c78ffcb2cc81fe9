// Every scenario in scenarios/ runs and every assertion passes. A calibration `matches` assertion with a
// `missReason` documents a known miss of the model: like `sim check`, it must fail (if it passes, the
// documentation is stale).
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/core/scenario/check';
import { runScenario } from '../../src/core/scenario/run';
import { allScenarioFiles, claimScenarioFiles, loadScenario } from './scenarioFiles';

/** At least this many scenarios state the article's claims, the matrix cells and the case studies. */
const MINIMUM_CLAIM_SCENARIO_COUNT = 20;

describe('every scenario file', () => {
  it.each(allScenarioFiles())('%s: every assertion holds (documented misses still miss)', (file) => {
    const scenario = loadScenario(file);
    const outcomes = checkScenario(scenario, runScenario(scenario));
    const unexpected = outcomes.flatMap((outcome) => {
      const assertion = scenario.expect?.[outcome.index];
      const documentedMiss = assertion?.type === 'matches' && assertion.missReason !== undefined;
      if (documentedMiss === !outcome.passed) return [];
      const why = documentedMiss ? 'passes but documents a miss' : 'fails';
      return [`[${outcome.index}] ${outcome.description} ${why}: ${outcome.detail}`];
    });
    expect(unexpected).toEqual([]);
  });
});

describe('the claim scenarios', () => {
  const files = claimScenarioFiles();

  it(`number at least ${MINIMUM_CLAIM_SCENARIO_COUNT}`, () => {
    expect(files.length).toBeGreaterThanOrEqual(MINIMUM_CLAIM_SCENARIO_COUNT);
  });

  it.each(files)('%s states a claim with source and section, a workshop note, and assertions', (file) => {
    const scenario = loadScenario(file);
    expect(file.endsWith(`/${scenario.id}.json`)).toBe(true);
    expect(scenario.claim.text.length).toBeGreaterThan(40);
    expect(scenario.claim.source.length).toBeGreaterThan(5);
    expect(scenario.claim.section ?? '').not.toBe('');
    const sentences = (scenario.whatToNotice ?? '')
      .split(/[.!?](\s|$)/)
      .filter((part) => part.trim().length > 1);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect((scenario.expect ?? []).length).toBeGreaterThanOrEqual(2);
  });
});
