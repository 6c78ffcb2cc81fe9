// The view part of the app's shareable state (everything but the parameter sets), with its defaults.

/** The app's views. */
export const VIEW_NAMES = [
  'explore',
  'techniques',
  'compare',
  'scenarios',
  'matrix',
  'claims',
  'workshop',
] as const;

/** One of the app's views. */
export type ViewName = (typeof VIEW_NAMES)[number];

/** What the user is looking at, besides the params. Plain data: it goes into links and local storage. */
export interface ViewState {
  view: ViewName;
  /** Numeric parameter on the sweep chart's x axis. */
  sweepPath: string;
  /** Metric on the sweep chart's y axis. */
  sweepMetric: string;
  /** Seed of the Monte Carlo runs. */
  seed: string;
  /** Parameter paths whose controls are hidden (sorted). */
  hidden: string[];
  /** Parameter paths whose controls are locked (sorted). */
  locked: string[];
  /** Id of the bundled scenario open in the Scenarios view ("" for none). */
  scenarioId: string;
  /** Presenter mode: large type, high contrast, only the charts and key readouts. */
  presenter: boolean;
  /** Id of the bundled claim file open in the Check-a-claim view ("" for none). */
  claimId: string;
  /** The text of a claim file the user edited, pasted or opened ("" to use the bundled file of claimId). */
  claimText: string;
  /** Participant mode (a workshop link): no facilitator controls, and Reset goes back to the link's values. */
  participant: boolean;
  /** Locked and hidden parameters may still be chosen as the sweep axis (the facilitator allowed it). */
  sweepLocked: boolean;
}

/** What a fresh visit shows: throughput against round-trip time. */
export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'explore',
  sweepPath: 'network.rttMs',
  sweepMetric: 'throughputTokensPerS',
  seed: 'seed',
  hidden: [],
  locked: [],
  scenarioId: '',
  presenter: false,
  claimId: '',
  claimText: '',
  participant: false,
  sweepLocked: false,
};

/** The view a participant sees: never the workshop builder. */
export function participantView(view: ViewName, participant: boolean): ViewName {
  return participant && view === 'workshop' ? 'explore' : view;
}
