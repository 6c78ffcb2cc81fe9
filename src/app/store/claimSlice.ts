// Store slice of the Check-a-claim view: the bundled claim file last loaded and the latest check.
import type { StateCreator } from 'zustand';
import type { Claim, ClaimReport } from '../../core/claims/index';
import type { StepWhy } from '../../core/claims/why';
import type { FieldError } from '../../core/params/constraints';

/** A finished check: the text checked, the validated claim, the report, and the source of each input's range. */
export interface ClaimResult {
  text: string;
  claim: Claim;
  report: ClaimReport;
  /** Where each uncertain input's range comes from, by parameter path. */
  inputSources: Record<string, string>;
  /** The step at the claim's central values and its largest term (absent in results made before it existed). */
  why?: StepWhy;
}

/** Claim-view state and its updaters. */
export interface ClaimSlice {
  /** The text of the bundled claim file of `claimId`, once loaded. */
  claimFile: { id: string; text: string } | null;
  claimResult: ClaimResult | null;
  /** Why the latest check failed: the message and every bad field of the claim file. */
  claimError: { text: string; message: string; fieldErrors: FieldError[] } | null;
  setClaimFile: (file: { id: string; text: string }) => void;
  storeClaimResult: (result: ClaimResult) => void;
  storeClaimError: (error: { text: string; message: string; fieldErrors: FieldError[] }) => void;
}

/** Creates the claim slice. */
export const createClaimSlice: StateCreator<ClaimSlice, [], [], ClaimSlice> = (set) => ({
  claimFile: null,
  claimResult: null,
  claimError: null,
  setClaimFile: (claimFile) => set({ claimFile }),
  storeClaimResult: (claimResult) => set({ claimResult, claimError: null }),
  storeClaimError: (claimError) => set({ claimError }),
});
