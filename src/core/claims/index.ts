// The claim-check API in one import, for the CLI and the app: parse a claim file, check it, print the report,
// and the JSON Schema of claim files. Every function is pure; the report is plain serialisable data.
export { type ClaimCheckOptions, checkClaim } from './check';
export { configurationTags, nearestCases } from './nearestCases';
export { type ClaimParseOutcome, parseClaim, parseClaimText } from './parse';
export { PLAUSIBLE_RANGES, type PlausibleRangeEntry } from './plausibleRanges';
export { PUBLISHED_CASES, type PublishedCaseDigest } from './publishedCases';
export {
  claimJsonSchema,
  claimSchema,
  DEFAULT_CLAIM_RUN_COUNT,
  MAX_CLAIM_RUN_COUNT,
  MIN_CLAIM_RUN_COUNT,
} from './schema';
export { formatClaimReport } from './textReport';
export type {
  BeliefRow,
  Claim,
  ClaimReport,
  Histogram,
  HistogramBin,
  ImpliedQuantity,
  InputSensitivity,
  MetricDistribution,
  NearestCase,
  UncertainInput,
  Verdict,
} from './types';
export { OPTIMISTIC_SUPPORT_FRACTION, PLAUSIBLE_SUPPORT_FRACTION } from './verdict';
