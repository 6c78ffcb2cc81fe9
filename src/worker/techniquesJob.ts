// The technique map in the worker: every privacy x verification combination for the app's current params
// (already valid: they were checked when they entered the app's state), from the same core function as
// `sim techniques`.
import { techniqueMap } from '../core/techniqueMap/techniqueMap';
import type { FinalResponse, TechniquesRequest } from './protocol';

/** Answers a technique-map request. */
export function runTechniquesRequest(request: TechniquesRequest, nowMs: () => number): FinalResponse {
  const startMs = nowMs();
  const map = techniqueMap(request.params);
  return { id: request.id, kind: 'techniques', map, computeMs: nowMs() - startMs };
}
