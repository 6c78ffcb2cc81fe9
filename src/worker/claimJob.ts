// A claim check in the worker: the claim file's text is validated with the core's parser (every bad field is
// reported with its path) and checked with checkClaim; the source of each uncertain input's range is added,
// since the report names only whether a range came from the table or the file.
import { checkClaim, parseClaimText } from '../core/claims/index';
import { nominalParams, uncertainInputs } from '../core/claims/inputs';
import { resolveClaim } from '../core/claims/resolve';
import { stepWhy } from '../core/claims/why';
import type { ClaimRequest, FinalResponse } from './protocol';

/** Answers a claim request. */
export function runClaimRequest(request: ClaimRequest, nowMs: () => number): FinalResponse {
  const startMs = nowMs();
  const parsed = parseClaimText(request.text);
  if (!parsed.ok) {
    return {
      id: request.id,
      kind: 'error',
      message: 'the claim file is invalid',
      fieldErrors: parsed.errors,
    };
  }
  const report = checkClaim(parsed.claim, {
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
    ...(request.runCount !== undefined ? { runCount: request.runCount } : {}),
  });
  const { params } = resolveClaim(parsed.claim);
  const inputs = uncertainInputs(parsed.claim, params);
  const inputSources = Object.fromEntries(inputs.map((input) => [input.path, input.source]));
  return {
    id: request.id,
    kind: 'claim',
    claim: parsed.claim,
    report,
    inputSources,
    why: stepWhy(nominalParams(params, inputs)),
    computeMs: nowMs() - startMs,
  };
}
