// Where a BFT ledger's committee sits (how the placement is chosen, and one relative share of validators per
// region of the measured round-trip table, topology/regions.ts) and the Tendermint commit timeout it runs with. Kept apart from the node groups because a
// committee is not the job's nodes: an outside chain's validators sit wherever their operators put them.
import { REGION_RTT_SOURCE, type RegionId } from '../../topology/regions';
import { choiceParam, numberParam } from '../spec';

/** A region's share of the committee (a relative count: the committee is split in these proportions). */
function regionShare(region: RegionId, label: string) {
  return numberParam({
    label: `BFT validators in ${label}`,
    unit: 'count',
    default: 0,
    min: 0,
    max: 1e4,
    description: `Relative share of the committee in ${label} (region id ${region}); with placement "regions" the committee is split over the regions in proportion to these shares.`,
    source: REGION_RTT_SOURCE,
    advanced: true,
  });
}

/** Placement of the committee and the per-region shares. */
export const LEDGER_COMMITTEE_PARAMS = {
  bftPlacement: choiceParam({
    label: 'Where the BFT validators are',
    options: ['one-link', 'regions'] as const,
    default: 'one-link',
    description:
      'one-link: every pair of validators is one network round trip apart. regions: the committee is split over the regions in proportion to the shares below; validators in different regions are the measured inter-region round trip apart, inside one region the network round trip. Each quorum step waits for the quorum-th nearest validator (n - f of n, itself included), not for the mean pair.',
    source: `Castro and Liskov, PBFT (OSDI 1999): quorums of 2f + 1; ${REGION_RTT_SOURCE}`,
    advanced: true,
  }),
  bftCommitTimeoutS: numberParam({
    label: 'Tendermint commit timeout',
    unit: 's',
    default: 1,
    min: 0,
    max: 60,
    description:
      'Tendermint (CometBFT) only: how long a validator waits after committing a block before the next height starts (timeout_commit); chains set their own (the default is CometBFT’s).',
    source: 'CometBFT v0.38 configuration reference (timeout_commit = "1s")',
    advanced: true,
  }),
  bftShareUsWestCount: regionShare('us-west', 'US West'),
  bftShareUsCentralCount: regionShare('us-central', 'US Central'),
  bftShareUsEastCount: regionShare('us-east', 'US East'),
  bftShareSouthAmericaCount: regionShare('south-america', 'South America'),
  bftShareUkCount: regionShare('uk', 'the UK'),
  bftShareEuWestCount: regionShare('eu-west', 'Europe West'),
  bftShareEuCentralCount: regionShare('eu-central', 'Europe Central'),
  bftShareIndiaCount: regionShare('india', 'India'),
  bftShareAsiaSoutheastCount: regionShare('asia-southeast', 'Asia Southeast'),
  bftShareAsiaEastCount: regionShare('asia-east', 'Asia East'),
  bftShareAustraliaCount: regionShare('australia', 'Australia'),
} as const;

/** The share parameter of each region. */
export const BFT_REGION_SHARE_KEYS = {
  'us-west': 'bftShareUsWestCount',
  'us-central': 'bftShareUsCentralCount',
  'us-east': 'bftShareUsEastCount',
  'south-america': 'bftShareSouthAmericaCount',
  uk: 'bftShareUkCount',
  'eu-west': 'bftShareEuWestCount',
  'eu-central': 'bftShareEuCentralCount',
  india: 'bftShareIndiaCount',
  'asia-southeast': 'bftShareAsiaSoutheastCount',
  'asia-east': 'bftShareAsiaEastCount',
  australia: 'bftShareAustraliaCount',
} as const satisfies Record<RegionId, keyof typeof LEDGER_COMMITTEE_PARAMS>;
