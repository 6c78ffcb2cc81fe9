// Seconds one averaging of the replicas' parameters takes on the configured links: an all-reduce over all
// peers, R all-reduces inside Moshpit groups of M, or R gossip exchanges with one or k neighbours.
import { chooseAllReduce, collectiveSeconds } from '../../collectives';
import type { LinkRates } from '../../links';
import { pointToPointTransferS, withConcurrentPeers } from '../../links';
import type { AveragingTechnique } from './params';

/** What an averaging needs to be timed. */
export interface AveragingSetup {
  technique: AveragingTechnique;
  peerCount: number;
  /** Bytes of the parameters one peer sends per exchange. */
  payloadBytes: number;
  link: LinkRates;
  groupSize: number;
  roundsPerAveragingCount: number;
  gossipTopology: 'exponential-one-peer' | 'ring';
  gossipNeighbourCount: number;
}

/** Neighbours a node exchanges with in one gossip round. */
export function gossipPartnerCount(setup: AveragingSetup): number {
  if (setup.gossipTopology === 'exponential-one-peer') return 1;
  return Math.min(setup.gossipNeighbourCount, setup.peerCount - 1);
}

/**
 * Seconds of one averaging. All-reduce: the faster of ring and tree over N peers (collectives.ts). Moshpit:
 * R rounds, each an all-reduce inside a group of min(M, N) (butterfly all-reduce moves the ring's 2(M-1)/M of
 * the payload; Ryabinin et al. 2021, section 3.1). Gossip: R rounds, each sending the full parameters to, and
 * receiving them from, each partner concurrently over the node's link, plus one one-way delay. Moshpit's
 * butterfly exchanges with all M-1 group members at once and gossip with every partner at once, so their TCP
 * cap is per peer (links.ts withConcurrentPeers; hivemind averaging/allreduce.py: "runs butterfly AllReduce in
 * a predefined group of averagers").
 */
export function averagingSeconds(setup: AveragingSetup): number {
  const { peerCount, payloadBytes, link, roundsPerAveragingCount: rounds } = setup;
  if (peerCount <= 1) return 0;
  switch (setup.technique) {
    case 'all-reduce':
      return collectiveSeconds(chooseAllReduce(payloadBytes, peerCount, link));
    case 'moshpit': {
      const groupSize = Math.min(setup.groupSize, peerCount);
      const groupLink = withConcurrentPeers(link, groupSize - 1);
      return rounds * collectiveSeconds(chooseAllReduce(payloadBytes, groupSize, groupLink));
    }
    case 'gossip': {
      const partners = gossipPartnerCount(setup);
      const gossipLink = withConcurrentPeers(link, partners);
      return rounds * (pointToPointTransferS(partners * payloadBytes, gossipLink) + link.oneWayLatencyS);
    }
  }
}
