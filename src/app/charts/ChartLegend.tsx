// A legend drawn in HTML beside a chart instead of by plotly: plotly measures every legend entry's text on each
// draw, which made up about a fifth of the Explore view's first chart. The entries come from the figure's own
// traces (name, colour, line, fill or marker), so the legend cannot disagree with the chart.
import type { PlotFigure, PlotTrace } from './plotlyTypes';

/** How one legend entry is drawn. */
export interface LegendEntry {
  name: string;
  kind: 'line' | 'band' | 'marker' | 'box';
  colour: string;
  /** Marker symbol (plotly's name) for a marker entry. */
  symbol?: string;
  /** How a line entry is dashed (solid when absent). */
  dash?: 'dash' | 'dot';
  /** The marker shape drawn on a line entry whose points carry one (the Compare chart's configurations). */
  lineSymbol?: string;
}

/** The legend entries of `figure`: one per trace shown in the legend, in trace order. */
export function legendEntries(figure: PlotFigure): LegendEntry[] {
  return figure.data.filter((trace) => trace.type === 'bar' || trace.showlegend !== false).map(entryOf);
}

function entryOf(trace: PlotTrace): LegendEntry {
  if (trace.type === 'bar') return { name: trace.name, kind: 'box', colour: trace.marker.color };
  if (trace.fill === 'tonexty')
    return { name: trace.name, kind: 'band', colour: trace.fillcolor ?? '#999999' };
  if (trace.mode === 'markers') {
    const symbol = trace.marker?.symbol;
    const colour = trace.marker?.color;
    return {
      name: trace.name,
      kind: 'marker',
      // A trace coloured point by point is keyed by its shape: a neutral grey swatch.
      colour: typeof colour === 'string' ? colour : colour ? '#777777' : '#000000',
      ...(symbol ? { symbol } : {}),
    };
  }
  return {
    name: trace.name,
    kind: 'line',
    colour: trace.line?.color ?? '#000000',
    ...(trace.line?.dash === 'dash' || trace.line?.dash === 'dot' ? { dash: trace.line.dash } : {}),
    ...(trace.mode === 'lines+markers' && trace.marker?.symbol ? { lineSymbol: trace.marker.symbol } : {}),
  };
}

/** SVG points of the marker shapes the charts use besides circle and diamond (centred on 11, 6). */
const SHAPE_POINTS: Record<string, string> = {
  'triangle-up': '11,1 16,10.5 6,10.5',
  star: '11,0.5 12.6,4.3 16.5,4.5 13.5,7 14.5,11 11,8.8 7.5,11 8.5,7 5.5,4.5 9.4,4.3',
  hexagon: '11,1 15.3,3.5 15.3,8.5 11,11 6.7,8.5 6.7,3.5',
};

function MarkerShape({ symbol, colour }: { symbol: string | undefined; colour: string }) {
  if (symbol === 'diamond')
    return <rect x="7" y="2" width="8" height="8" transform="rotate(45 11 6)" fill={colour} />;
  if (symbol === 'square') return <rect x="6.5" y="1.5" width="9" height="9" fill={colour} />;
  const points = symbol ? SHAPE_POINTS[symbol] : undefined;
  if (points) return <polygon points={points} fill={colour} />;
  return <circle cx="11" cy="6" r="4.5" fill={colour} />;
}

/** SVG dash patterns of the line dashes the charts use. */
const DASH_PATTERNS = { dash: '4 3', dot: '1.5 2.5' } as const;

function Swatch({ entry }: { entry: LegendEntry }) {
  return (
    <svg className="legend-swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
      {entry.kind === 'line' && (
        <line
          x1="1"
          y1="6"
          x2="21"
          y2="6"
          stroke={entry.colour}
          strokeWidth="2.5"
          strokeDasharray={entry.dash ? DASH_PATTERNS[entry.dash] : undefined}
        />
      )}
      {entry.kind === 'line' && entry.lineSymbol && (
        <MarkerShape symbol={entry.lineSymbol} colour={entry.colour} />
      )}
      {(entry.kind === 'band' || entry.kind === 'box') && (
        <rect x="2" y="1" width="18" height="10" fill={entry.colour} stroke="#1a1a1a" strokeWidth="0.5" />
      )}
      {entry.kind === 'marker' && <MarkerShape symbol={entry.symbol} colour={entry.colour} />}
    </svg>
  );
}

/** The legend of `figure` as a list of named swatches. */
export function ChartLegend({ figure, label }: { figure: PlotFigure; label: string }) {
  const entries = legendEntries(figure);
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={`Legend: ${label}`}>
      {entries.map((entry) => (
        <li key={entry.name}>
          <Swatch entry={entry} />
          <span className="legend-name">{entry.name}</span>
        </li>
      ))}
    </ul>
  );
}
