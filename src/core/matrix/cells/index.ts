// The nine cells of the synergy matrix, rows outer (privacy, verifiability, performance) and columns inner
// (decentralization, security, scalability).
import type { CellDefinition } from '../types';
import { PERFORMANCE_DECENTRALIZATION, PERFORMANCE_SCALABILITY, PERFORMANCE_SECURITY } from './performance';
import { PRIVACY_DECENTRALIZATION, PRIVACY_SCALABILITY, PRIVACY_SECURITY } from './privacy';
import {
  VERIFIABILITY_DECENTRALIZATION,
  VERIFIABILITY_SCALABILITY,
  VERIFIABILITY_SECURITY,
} from './verifiability';

/** Every cell, in reading order. */
export const MATRIX_CELLS: readonly CellDefinition[] = [
  PRIVACY_DECENTRALIZATION,
  PRIVACY_SECURITY,
  PRIVACY_SCALABILITY,
  VERIFIABILITY_DECENTRALIZATION,
  VERIFIABILITY_SECURITY,
  VERIFIABILITY_SCALABILITY,
  PERFORMANCE_DECENTRALIZATION,
  PERFORMANCE_SECURITY,
  PERFORMANCE_SCALABILITY,
];
