// Store slice of the Scenarios view: an uploaded scenario file and the latest scenario run.
import type { StateCreator } from 'zustand';
import type { FieldError } from '../../core/params/constraints';
import type { ScenarioRun } from '../../worker/protocol';

/** Where the latest scenario run stands. */
export type ScenarioStatus = 'idle' | 'running' | 'ready' | 'error';

/** A scenario file the user opened from disk (not part of links). */
export interface UploadedScenario {
  fileName: string;
  /** The file's JSON, or null when it was not JSON. */
  document: unknown;
  /** Problems found before running (unreadable JSON, schema errors). */
  errors: FieldError[];
}

/** Scenario-view state and its updaters. */
export interface ScenarioSlice {
  uploaded: UploadedScenario | null;
  /** Whether the Scenarios view shows the uploaded file rather than the bundled scenario in `scenarioId`. */
  showUploaded: boolean;
  /** The loaded document of the bundled scenario last opened (documents load on demand). */
  scenarioDocument: { id: string; document: unknown } | null;
  scenarioStatus: ScenarioStatus;
  scenarioRun: ScenarioRun | null;
  /** Why the latest run failed: the message and the fields of an invalid file. */
  scenarioError: { message: string; fieldErrors: FieldError[] } | null;
  setUploaded: (uploaded: UploadedScenario | null) => void;
  setShowUploaded: (show: boolean) => void;
  setScenarioDocument: (loaded: { id: string; document: unknown }) => void;
  markScenarioRunning: () => void;
  storeScenarioRun: (run: ScenarioRun) => void;
  storeScenarioError: (message: string, fieldErrors: FieldError[]) => void;
}

/** Creates the scenario slice. */
export const createScenarioSlice: StateCreator<ScenarioSlice, [], [], ScenarioSlice> = (set) => ({
  uploaded: null,
  showUploaded: false,
  scenarioDocument: null,
  scenarioStatus: 'idle',
  scenarioRun: null,
  scenarioError: null,
  setUploaded: (uploaded) => set({ uploaded, showUploaded: uploaded !== null }),
  setShowUploaded: (showUploaded) => set({ showUploaded }),
  setScenarioDocument: (scenarioDocument) => set({ scenarioDocument }),
  markScenarioRunning: () => set({ scenarioStatus: 'running', scenarioError: null }),
  storeScenarioRun: (scenarioRun) => set({ scenarioRun, scenarioStatus: 'ready', scenarioError: null }),
  storeScenarioError: (message, fieldErrors) =>
    set({ scenarioStatus: 'error', scenarioRun: null, scenarioError: { message, fieldErrors } }),
});
