// Threshold trust: a scheme that holds while fewer than t of its m members are adversarial (MPC parties,
// secure-aggregation clients, replica sets). Members are drawn at random from a network in which a fraction
// f of nodes is malicious.
import { anyAdversarialProbability, binomialTailProbability } from './binomial';

/** Who holds the pieces and how many of them an attacker needs. */
export interface CoalitionSetting {
  /** Members drawn from the network (parties, replicas, clients). */
  memberCount: number;
  /** Smallest number of adversarial members that breaks the scheme (t). */
  thresholdCount: number;
  /** Share of the network's nodes the adversary controls, 0..1. */
  maliciousFraction: number;
  /** Whether adversarial members pool what they hold; if not, each acts alone. */
  colluding: boolean;
}

/**
 * Probability that the scheme is broken: with collusion, at least t of the m members are adversarial
 * (binomial tail); without collusion a lone member breaks it only when one member suffices (t <= 1).
 */
export function coalitionBreachProbability(setting: CoalitionSetting): number {
  const { memberCount, thresholdCount, maliciousFraction, colluding } = setting;
  if (thresholdCount <= 1) return anyAdversarialProbability(memberCount, maliciousFraction);
  if (!colluding) return 0;
  return binomialTailProbability(memberCount, thresholdCount, maliciousFraction);
}
