// A typed digest of the published cases (the project's copy of the calibration file,
// docs/published/published-cases.json): each case's id, area, the configuration tags it concerns and the catalog metrics it measures. The
// core reads no files, so the digest lives here; a test checks it against that file.

/** One published case, reduced to what matching a claim needs. */
export interface PublishedCaseDigest {
  id: string;
  area: string;
  /** Workload kind, strategy or placement, technique and ledger ids the case concerns. */
  tags: readonly string[];
  /** Catalog metrics the case's published figures correspond to. */
  metrics: readonly string[];
}

/** The digest, in the shared file's order. */
export const PUBLISHED_CASES: readonly PublishedCaseDigest[] = [
  {
    id: 'mpc-puma-bert-base',
    area: 'privacy/mpc',
    tags: ['inference', 'mpc'],
    metrics: ['timeToFinishS', 'securePassTimeS', 'securePassTrafficBytes'],
  },
  {
    id: 'mpc-puma-gpt2',
    area: 'privacy/mpc',
    tags: ['inference', 'mpc'],
    metrics: ['timeToFinishS', 'securePassTimeS', 'securePassTrafficBytes'],
  },
  {
    id: 'mpc-wan-round-trip-sensitivity',
    area: 'privacy/mpc',
    tags: ['inference', 'mpc'],
    metrics: ['timeToFinishS', 'mpcRoundCount', 'mpcRoundTripShareFraction'],
  },
  {
    id: 'fhe-nexus-bert-base',
    area: 'privacy/fhe',
    tags: ['inference', 'fhe'],
    metrics: ['timeToFinishS', 'securePassTimeS', 'securePassTrafficBytes'],
  },
  { id: 'fhe-tfhe-primitives', area: 'privacy/fhe', tags: ['fhe'], metrics: ['fheBootstrapS'] },
  {
    id: 'fhe-concrete-ml-resnet18',
    area: 'privacy/fhe',
    tags: ['inference', 'fhe'],
    metrics: ['timeToFinishS', 'securePassTimeS', 'accuracyLossFraction'],
  },
  {
    id: 'tee-h100-cc-inference',
    area: 'privacy/tee',
    tags: ['inference', 'tee', 'tee-attestation'],
    metrics: ['throughputTokensPerS', 'privacySlowdownRatio', 'privacyThroughputLossFraction'],
  },
  {
    id: 'dp-sgd-throughput',
    area: 'privacy/dp',
    tags: ['training', 'differential-privacy'],
    metrics: ['dpSlowdownFactor', 'privacySlowdownRatio'],
  },
  {
    id: 'dp-utility',
    area: 'privacy/dp',
    tags: ['training', 'differential-privacy'],
    metrics: ['dpAccuracyFraction', 'accuracyLossFraction'],
  },
  {
    id: 'fl-secure-aggregation-expansion',
    area: 'privacy/federated',
    tags: ['training', 'federated'],
    metrics: ['secureAggregationUploadExpansionRatio'],
  },
  {
    id: 'zk-zkllm-13b',
    area: 'verification/zk',
    tags: ['inference', 'zero-knowledge'],
    metrics: ['provingTimeS', 'proofSizeBytes', 'timeToFinalResultS'],
  },
  {
    id: 'hash-commitment-toploc',
    area: 'verification/commitments',
    tags: ['inference', 'hash-commitment'],
    metrics: ['commitmentBytesPer32Tokens', 'validationTimeFractionOfGeneration'],
  },
  {
    id: 'gpu-nondeterminism',
    area: 'verification/redundancy',
    tags: ['redundant-execution'],
    metrics: ['falseAlarmProbabilityFraction'],
  },
  {
    id: 'epoch-2030-power',
    area: 'limits/epoch',
    tags: ['training'],
    metrics: [
      'powerBoundFlop',
      'chipBoundFlop',
      'dataBoundFlop',
      'referenceRunPowerMW',
      'powerRequiredForTargetRunGW',
    ],
  },
  {
    id: 'epoch-latency-wall',
    area: 'limits/epoch',
    tags: ['training'],
    metrics: ['latencyWallFlop', 'latencyFloorStepS'],
  },
  {
    id: 'epoch-us-fibre-ring',
    area: 'limits/epoch',
    tags: ['training'],
    metrics: ['fibreRingSyncS', 'fibreRingUpdateCount', 'fibreRingMaxFlop'],
  },
  {
    id: 'intellect-1-utilisation',
    area: 'training/low-communication',
    tags: ['training', 'low-communication'],
    metrics: [
      'computeTimeFraction',
      'utilizationFraction',
      'communicationReductionVsDdpRatio',
      'timeToFinishS',
    ],
  },
  {
    id: 'diloco-communication',
    area: 'training/low-communication',
    tags: ['training', 'low-communication'],
    metrics: ['communicationReductionVsDdpRatio'],
  },
  {
    id: 'low-communication-quality-penalty',
    area: 'training/low-communication',
    tags: ['training', 'low-communication'],
    metrics: ['qualityComputeMultiplierRatio', 'timeToEqualQualityS'],
  },
  {
    id: 'distro-arithmetic',
    area: 'training/low-communication',
    tags: ['training', 'low-communication'],
    metrics: [
      'syncUploadTimeS',
      'syncDownloadTimeS',
      'syncUploadBytesPerNodePerStep',
      'syncDownloadBytesPerNodePerStep',
    ],
  },
  {
    id: 'naive-dp-over-home-broadband',
    area: 'training/data-parallel',
    tags: ['training', 'data-parallel'],
    metrics: ['syncTimeS'],
  },
  {
    id: 'petals-bloom-176b',
    area: 'inference/pipeline',
    tags: ['inference', 'pipeline'],
    metrics: ['throughputTokensPerS', 'stepTimeS'],
  },
  {
    id: 'distributed-llama-70b-vms',
    area: 'inference/tensor-parallel',
    tags: ['inference', 'tensor'],
    metrics: ['stepTimeS', 'stepCommunicationS'],
  },
  {
    id: 'distributed-llama-traffic',
    area: 'inference/tensor-parallel',
    tags: ['inference', 'tensor'],
    metrics: ['tensorSyncBytesPerToken'],
  },
  {
    id: 'ethereum-l1',
    area: 'ledger',
    tags: ['ethereum-l1'],
    metrics: ['ledgerFinalityS', 'ledgerCapacityOpsPerS', 'ledgerGasPerOperation'],
  },
  { id: 'hardware-reference', area: 'hardware', tags: [], metrics: ['utilizationFraction'] },
];
