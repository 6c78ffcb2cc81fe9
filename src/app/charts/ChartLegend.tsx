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
    return {
      name: trace.name,
      kind: 'marker',
      colour: trace.marker?.color ?? '#000000',
      ...(symbol ? { symbol } : {}),
    };
  }
  return { name: trace.name, kind: 'line', colour: trace.line?.color ?? '#000000' };
}

function Swatch({ entry }: { entry: LegendEntry }) {
  return (
    <svg className="legend-swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
      {entry.kind === 'line' && <line x1="1" y1="6" x2="21" y2="6" stroke={entry.colour} strokeWidth="2.5" />}
      {(entry.kind === 'band' || entry.kind === 'box') && (
        <rect x="2" y="1" width="18" height="10" fill={entry.colour} stroke="#1a1a1a" strokeWidth="0.5" />
      )}
      {entry.kind === 'marker' &&
        (entry.symbol === 'diamond' ? (
          <rect x="7" y="2" width="8" height="8" transform="rotate(45 11 6)" fill={entry.colour} />
        ) : (
          <circle cx="11" cy="6" r="4.5" fill={entry.colour} />
        ))}
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
          {entry.name}
        </li>
      ))}
    </ul>
  );
}
