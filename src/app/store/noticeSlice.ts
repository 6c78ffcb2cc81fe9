// Store slice for problems the user must see: a link that could not be loaded, and why.
import type { StateCreator } from 'zustand';
import type { FieldError } from '../../core/params/constraints';

/** The notices on screen. */
export interface NoticeSlice {
  /** Fields of a rejected link (null when the last link loaded fine). */
  linkErrors: FieldError[] | null;
  showLinkErrors: (errors: FieldError[]) => void;
  dismissLinkErrors: () => void;
}

/** Creates the notice slice. */
export const createNoticeSlice: StateCreator<NoticeSlice, [], [], NoticeSlice> = (set) => ({
  linkErrors: null,
  showLinkErrors: (linkErrors) => set({ linkErrors }),
  dismissLinkErrors: () => set({ linkErrors: null }),
});
