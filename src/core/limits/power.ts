// Power bound: the largest run the available power supports, and the power a given run would need.
// Epoch's arithmetic: the reference run's FLOP per joule, improved by hardware efficiency and lower precision,
// sustained for the run's length.

import { SECONDS_PER_DAY, WATTS_PER_GW } from '../units';
import { REFERENCE_ACHIEVED_FLOP_PER_GPU_S, REFERENCE_RUN_GPU_COUNT } from './reference';

/** The inputs the power bound needs (a subset of the `limits` group). */
export interface PowerInputs {
  runDurationDays: number;
  allInWattsPerGpu: number;
  flopPerWattGainFactor: number;
  precisionGainFactor: number;
}

/** Power of the reference run (Llama 3.1 405B), watts: 16,000 GPUs x all-in watts (Epoch: about 27 MW). */
export function referenceRunPowerW(allInWattsPerGpu: number): number {
  return REFERENCE_RUN_GPU_COUNT * allInWattsPerGpu;
}

/**
 * Training FLOP per joule of the future run: the reference run's achieved FLOP/s per GPU over its all-in
 * watts, times the hardware and precision gains (Epoch AI 2030 report).
 */
export function flopPerJoule(inputs: PowerInputs): number {
  const referenceFlopPerJoule = REFERENCE_ACHIEVED_FLOP_PER_GPU_S / inputs.allInWattsPerGpu;
  return referenceFlopPerJoule * inputs.flopPerWattGainFactor * inputs.precisionGainFactor;
}

/** Largest training run, FLOP, that `powerAvailableGW` sustains for the run's length. */
export function powerBoundFlop(powerAvailableGW: number, inputs: PowerInputs): number {
  return powerAvailableGW * WATTS_PER_GW * flopPerJoule(inputs) * inputs.runDurationDays * SECONDS_PER_DAY;
}

/** Power, GW, that a run of `trainingFlop` needs over the run's length (the inverse of powerBoundFlop). */
export function powerRequiredGW(trainingFlop: number, inputs: PowerInputs): number {
  return trainingFlop / (flopPerJoule(inputs) * inputs.runDurationDays * SECONDS_PER_DAY) / WATTS_PER_GW;
}
