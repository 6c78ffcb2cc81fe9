// Small builders for the named step terms workloads report, and sums over them.
import type { StepCategory, StepTerm, TermDriver } from '../engine/types';

/** One named term. */
export function term(name: string, category: StepCategory, seconds: number, driver: TermDriver): StepTerm {
  return { name, category, seconds, driver };
}

/** A compute term (scales with node speed). */
export const computeTerm = (name: string, seconds: number): StepTerm =>
  term(name, 'compute', seconds, 'compute');

/** The latency part of a communication (scales with the round trip). */
export const latencyTerm = (name: string, seconds: number): StepTerm =>
  term(name, 'communication', seconds, 'latency');

/** The transfer part of a communication (bandwidth-bound, fixed under Monte Carlo). */
export const transferTerm = (name: string, seconds: number): StepTerm =>
  term(name, 'communication', seconds, 'fixed');

/** Per-message software work of a communication (serialising, RPC, wake-ups): not scaled by the round trip. */
export const softwareTerm = (name: string, seconds: number): StepTerm =>
  term(name, 'communication', seconds, 'fixed');

/** Total seconds of some terms. */
export function totalSeconds(terms: readonly StepTerm[]): number {
  return terms.reduce((sum, item) => sum + item.seconds, 0);
}
