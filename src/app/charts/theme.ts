// Sizes of charts for normal use and for presenter mode (readable from the back of a room). Chart builders take
// a theme; components pick it from the presenter flag.

/** Font and size of a chart. */
export interface ChartTheme {
  font: { family: string; size: number; color: string };
  /** Height of a main chart, pixels. */
  chartHeight: number;
  lineWidth: number;
  markerSize: number;
  /** Room for axis titles and tick labels, pixels. */
  margin: { l: number; r: number; t: number; b: number };
  /** Vertical axis titles put their unit on a second line (in large type a long title outgrows a short axis). */
  unitOnOwnLine: boolean;
}

/** The two themes. */
export const CHART_THEMES = {
  normal: {
    font: { family: 'system-ui, sans-serif', size: 13, color: '#1a1a1a' },
    chartHeight: 320,
    lineWidth: 2,
    markerSize: 5,
    margin: { l: 60, r: 16, t: 36, b: 50 },
    unitOnOwnLine: false,
  },
  presenter: {
    font: { family: 'system-ui, sans-serif', size: 24, color: '#000000' },
    chartHeight: 520,
    lineWidth: 4,
    markerSize: 9,
    margin: { l: 130, r: 24, t: 16, b: 84 },
    unitOnOwnLine: true,
  },
} as const satisfies Record<string, ChartTheme>;
