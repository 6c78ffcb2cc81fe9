// Store slice for problems and news the user must see: a link, the autosave or an imported file that could
// not be loaded in full (with every bad field), and a short confirmation after an action that has no other visible effect.
import type { StateCreator } from 'zustand';
import type { FieldError } from '../../core/params/constraints';

/** The notices on screen. */
export interface NoticeSlice {
  /** Fields of a rejected link (null when the last link loaded fine). */
  linkErrors: FieldError[] | null;
  showLinkErrors: (errors: FieldError[]) => void;
  dismissLinkErrors: () => void;
  /** Fields of the autosave that could not be used and went back to their defaults (null when none). */
  autosaveErrors: FieldError[] | null;
  showAutosaveErrors: (errors: FieldError[]) => void;
  dismissAutosaveErrors: () => void;
  /** An imported file that was refused: its name and every bad field (the state on screen was kept). */
  importErrors: { fileName: string; errors: FieldError[] } | null;
  showImportErrors: (fileName: string, errors: FieldError[]) => void;
  dismissImportErrors: () => void;
  /** A one-line confirmation ("Loaded explore-sweep.json"), or "" for none. */
  notice: string;
  showNotice: (notice: string) => void;
}

/** Creates the notice slice. */
export const createNoticeSlice: StateCreator<NoticeSlice, [], [], NoticeSlice> = (set) => ({
  linkErrors: null,
  showLinkErrors: (linkErrors) => set({ linkErrors }),
  dismissLinkErrors: () => set({ linkErrors: null }),
  autosaveErrors: null,
  showAutosaveErrors: (autosaveErrors) => set({ autosaveErrors }),
  dismissAutosaveErrors: () => set({ autosaveErrors: null }),
  importErrors: null,
  showImportErrors: (fileName, errors) => set({ importErrors: { fileName, errors } }),
  dismissImportErrors: () => set({ importErrors: null }),
  notice: '',
  showNotice: (notice) => set({ notice }),
});
