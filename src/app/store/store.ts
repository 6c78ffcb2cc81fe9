// The app store: a thin adapter over the pure core, assembled from slices. Components subscribe with narrow
// selectors (one field or one action each).
import { create } from 'zustand';
import { type ClaimSlice, createClaimSlice } from './claimSlice';
import { type CompareSlice, createCompareSlice } from './compareSlice';
import { createJobsSlice, type JobsSlice } from './jobsSlice';
import { createMatrixSlice, type MatrixSlice } from './matrixSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createParamsSlice, type ParamsSlice } from './paramsSlice';
import { createResultsSlice, type ResultsSlice } from './resultsSlice';
import { createSavedSlice, type SavedSlice } from './savedSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createTechniqueSlice, type TechniqueSlice } from './techniqueSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** Everything the store holds. */
export type AppState = ParamsSlice &
  ViewSlice &
  ResultsSlice &
  NoticeSlice &
  ScenarioSlice &
  JobsSlice &
  CompareSlice &
  MatrixSlice &
  ClaimSlice &
  SavedSlice &
  TechniqueSlice;

/** Creates a fresh store (the app uses one; tests make their own). */
export function createAppStore() {
  return create<AppState>()((...args) => ({
    ...createParamsSlice(...args),
    ...createViewSlice(...args),
    ...createResultsSlice(...args),
    ...createNoticeSlice(...args),
    ...createScenarioSlice(...args),
    ...createJobsSlice(...args),
    ...createCompareSlice(...args),
    ...createMatrixSlice(...args),
    ...createClaimSlice(...args),
    ...createSavedSlice(...args),
    ...createTechniqueSlice(...args),
  }));
}

/** The store type, for functions that take one. */
export type AppStore = ReturnType<typeof createAppStore>;
