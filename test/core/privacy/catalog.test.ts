// Every metric the privacy and verification techniques and the trilemma report has a catalog entry (unit,
// label, meaning), so charts and docs/metrics.md can show it.
import { describe, expect, it } from 'vitest';
import { effectContext, evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { METRIC_CATALOG } from '../../../src/core/metrics/catalog';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import { PRIVACY_TECHNIQUES } from '../../../src/core/privacy/params';
import { privacyEffect } from '../../../src/core/privacy/registry';
import { trilemmaMetrics } from '../../../src/core/trilemma/metrics';
import { VERIFICATION_TECHNIQUES } from '../../../src/core/verification/params';
import { verificationEffect } from '../../../src/core/verification/registry';

const contextFor = (params: Params) => effectContext(params);

describe('metric catalog coverage', () => {
  it('lists every privacy and verification metric', () => {
    for (const kind of ['training', 'inference'] as const) {
      for (const technique of PRIVACY_TECHNIQUES) {
        const params = setParams(defaultParams(), {
          'workload.kind': kind,
          'privacy.technique': technique,
          'fhe.scheme': 'tfhe',
          'network.nodeCount': 4,
        });
        for (const name of Object.keys(privacyEffect(contextFor(params)).metrics)) {
          expect(METRIC_CATALOG[name], name).toBeDefined();
        }
      }
      for (const technique of VERIFICATION_TECHNIQUES) {
        const params = setParams(defaultParams(), {
          'workload.kind': kind,
          'verification.technique': technique,
        });
        for (const name of Object.keys(verificationEffect(contextFor(params)).metrics)) {
          expect(METRIC_CATALOG[name], name).toBeDefined();
        }
      }
    }
  });

  it('lists every trilemma metric', () => {
    const metrics = trilemmaMetrics(defaultParams(), (params) => evaluateAnalytic(params).result.metrics);
    for (const name of Object.keys(metrics)) expect(METRIC_CATALOG[name], name).toBeDefined();
  });
});
