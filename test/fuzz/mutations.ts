// Mutations for the edge fuzz test: hostile values put into real files, and hostile texts on their own.
import type { Rng } from '../../src/core/random/rng';

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng.next() * list.length)] as T;

/** Values that have broken parsers before: object-member names, markup, non-decimal numbers, extremes. */
const HOSTILE_VALUES: readonly unknown[] = [
  'constructor',
  '__proto__',
  'toString',
  '',
  '<a href="https://evil.example/x">evil</a>',
  '0x10',
  ' 5',
  '+5',
  '5.',
  'x'.repeat(100_000),
  -1,
  0,
  1e308,
  -1e308,
  5e-324,
  0.5,
  0.9,
  10_000,
  1_000_000,
  [],
  {},
  null,
  true,
];

/** Hostile field names for objects. */
const HOSTILE_KEYS = [
  'constructor',
  '__proto__',
  'toString',
  '',
  'x'.repeat(50_000),
  'params',
  'network.rttMs',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function mutateValue(value: Json, rng: Rng, depth: number): Json {
  if (Array.isArray(value)) {
    if (rng.next() < 0.05) return Array.from({ length: 20_000 }, () => value[0] ?? 1) as Json;
    return value.map((item) => (rng.next() < 0.3 ? mutateValue(item, rng, depth + 1) : item));
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]): [string, Json] => [
      rng.next() < 0.03 ? pick(rng, HOSTILE_KEYS) : key,
      rng.next() < 0.3 ? mutateValue(item, rng, depth + 1) : item,
    ]);
    if (rng.next() < 0.1) entries.push([pick(rng, HOSTILE_KEYS), pick(rng, HOSTILE_VALUES) as Json]);
    return Object.fromEntries(entries);
  }
  return rng.next() < 0.5 ? (pick(rng, HOSTILE_VALUES) as Json) : value;
}

/** A real file's JSON with random values, keys and lists replaced; sometimes cut short or wrapped deep. */
export function mutateJson(text: string, rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.05) return text.slice(0, Math.floor(rng.next() * text.length));
  if (roll < 0.1) return `${'['.repeat(5_000)}${text}${']'.repeat(5_000)}`;
  const mutated = mutateValue(JSON.parse(text) as Json, rng, 0);
  // Sometimes number syntax JSON does not allow, written into the text itself.
  const written = JSON.stringify(mutated);
  return rng.next() < 0.1 ? written.replace(/: ?(\d+)/, ': 0x$1') : written;
}

/**
 * Valid scenarios at the edges of the model that once gave non-physical results: drop-slowest keeping only
 * the fastest tenth (a negative straggler term, a step shorter than its compute) and 10,000 nodes that each
 * drop with probability 0.5 (Infinity under restart-round churn), under every churn and straggler policy.
 */
export function hostileScenarioTexts(): string[] {
  const scenario = (id: string, params: Record<string, number | string>, variants: object[]) =>
    JSON.stringify({
      schemaVersion: 1,
      id,
      title: id,
      description: 'A valid scenario at the edge of the model.',
      claim: { text: 'results stay finite and physical', source: 'issue 16' },
      params: { 'workload.kind': 'training', 'training.strategy': 'data-parallel', ...params },
      variants,
      monteCarlo: { runCount: 5, stepCount: 20 },
    });
  const policies = ['wait-for-all', 'drop-slowest', 'proportional-work'].flatMap((straggler) =>
    ['elastic', 'restart-round'].map((churn) => ({
      id: `${straggler}-${churn}`,
      label: `${straggler}, ${churn}`,
      params: { 'heterogeneity.stragglerPolicy': straggler, 'heterogeneity.churnPolicy': churn },
    })),
  );
  return [
    scenario(
      'fastest-tenth-kept',
      {
        'heterogeneity.stragglerPolicy': 'drop-slowest',
        'heterogeneity.droppedSlowestFraction': 0.9,
        'heterogeneity.speedSigma': 0.5,
      },
      [
        { id: 'jitter', label: 'per-step jitter' },
        {
          id: 'persistent',
          label: 'persistent spread',
          params: { 'heterogeneity.persistentSpeedSigma': 0.5 },
        },
      ],
    ),
    scenario(
      'half-of-ten-thousand-drop',
      {
        'network.nodeCount': 10000,
        'heterogeneity.dropProbabilityFraction': 0.5,
        'heterogeneity.speedSigma': 0.5,
      },
      policies,
    ),
  ];
}

/** Texts that are hostile as a whole. */
export function hostileTexts(rng: Rng): string[] {
  const depth = 1_000 + Math.floor(rng.next() * 100_000);
  return [
    '['.repeat(5_000),
    '{"a":'.repeat(depth),
    `${'['.repeat(depth)}${']'.repeat(depth)}`,
    `"${'x'.repeat(300_000)}"`,
    `[${'1,'.repeat(200_000)}1]`,
    '{"constructor": {"prototype": {}}}',
    '{"__proto__": {"polluted": true}}',
    '\uFEFF{}',
    '',
    'null',
    '{"schemaVersion": 0x1}',
    ...hostileScenarioTexts(),
  ];
}
