// The subset of plotly's figure format the app's charts use, typed so chart builders cannot misspell a key.

/** A line or marker series, optionally filling down to the previous trace (for bands). */
export interface ScatterTrace {
  type: 'scatter';
  name: string;
  x: readonly (number | string)[];
  y: readonly (number | null)[];
  mode: 'lines' | 'markers' | 'lines+markers';
  line?: { color?: string; width?: number; dash?: 'solid' | 'dash' | 'dot' };
  marker?: {
    color?: string | readonly string[];
    size?: number;
    symbol?: string;
    line?: { color: string; width: number };
  };
  fill?: 'none' | 'tonexty';
  fillcolor?: string;
  showlegend?: boolean;
  hovertemplate?: string;
  /** Per-point text (escaped as plain text before drawing). */
  text?: readonly string[];
  /**
   * Per-point hover text for %{hovertext}, prepared by hoverText.ts: readable numbers with units, markup
   * allowed (the builder escapes any text that is not the app's own).
   */
  hovertext?: readonly string[];
  /** Per-point data returned by a click (%{customdata}). */
  customdata?: readonly string[];
  /** The y axis of a second panel ("y2"). */
  yaxis?: 'y' | 'y2';
}

/** A bar series; several with barmode "stack" make a stacked bar. */
export interface BarTrace {
  type: 'bar';
  name: string;
  x: readonly (number | string)[];
  y: readonly (number | string)[];
  orientation: 'h' | 'v';
  marker: { color: string; line?: { color: string; width: number } };
  /** Bar widths in x units (one per bar), for bars that span a range such as a histogram bin. */
  width?: readonly number[];
  hovertemplate?: string;
  /** Per-bar hover text for %{hovertext}, prepared like a scatter trace's. */
  hovertext?: readonly string[];
}

/** Any trace the app draws. */
export type PlotTrace = ScatterTrace | BarTrace;

/** One axis of a layout. */
export interface PlotAxis {
  title?: { text: string };
  type?: 'linear' | 'log' | 'category';
  rangemode?: 'normal' | 'tozero';
  automargin?: boolean;
  exponentformat?: 'e' | 'SI' | 'power' | 'none';
  showticklabels?: boolean;
  /** What to do with tick labels past the chart's edge; 'allow' skips plotly's per-label overflow check. */
  ticklabeloverflow?: 'allow' | 'hide past div' | 'hide past domain';
  /** Tick label angle in degrees; a fixed angle skips plotly's measuring of every label for overlaps. */
  tickangle?: number;
  /** Share of the plot area the axis spans, [from, to] in 0..1 (for stacked panels). */
  domain?: readonly [number, number];
  /** The axis this one is drawn against ("x" for a second panel's y axis). */
  anchor?: 'x' | 'y' | 'y2';
  /** d3 number format of the tick labels, e.g. ".0%" or "~s". */
  tickformat?: string;
  range?: readonly [number, number];
}

/** A note written on the chart, placed in the plot area's own coordinates (0..1). */
export interface PlotAnnotation {
  text: string;
  x: number;
  y: number;
  xref: 'paper';
  yref: 'paper';
  xanchor?: 'left' | 'right' | 'center';
  showarrow: false;
}

/** The layout keys the app sets. */
export interface PlotLayout {
  /** The chart's title; a saved image's caption hangs it from the top (yref "container", y 1, yanchor "top"). */
  title?: {
    text: string;
    yref?: 'container' | 'paper';
    y?: number;
    yanchor?: 'top' | 'middle' | 'bottom';
    pad?: { t?: number };
  };
  xaxis?: PlotAxis;
  yaxis?: PlotAxis;
  /** The y axis of a second panel, stacked under the first. */
  yaxis2?: PlotAxis;
  barmode?: 'stack' | 'group' | 'overlay';
  bargap?: number;
  showlegend?: boolean;
  legend?: { orientation?: 'h' | 'v'; x?: number; y?: number; traceorder?: 'normal' | 'reversed' };
  margin?: { l?: number; r?: number; t?: number; b?: number };
  height?: number;
  /** Fit the chart to its container (used when no height is given). */
  autosize?: boolean;
  font?: { family?: string; size?: number; color?: string };
  paper_bgcolor?: string;
  plot_bgcolor?: string;
  hovermode?: 'x unified' | 'closest' | false;
  annotations?: PlotAnnotation[];
  /** Keeps zoom and legend clicks across redraws while this value stays the same. */
  uirevision?: string;
}

/** A complete figure, as chart builders prepare it. */
export interface PlotFigure {
  data: PlotTrace[];
  layout: PlotLayout;
}
