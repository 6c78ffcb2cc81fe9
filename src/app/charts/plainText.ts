// Plotly reads trace names, category labels, hover text and titles as HTML (links, bold, line breaks), so a
// label from an imported scenario such as <a href="...">evil</a> would become a live link. Every such string is
// escaped here, once, before plotly sees the figure: the chart shows exactly the text the user wrote.
import type { PlotAxis, PlotFigure, PlotTrace } from './plotlyTypes';

// Plotly decodes these three entities when it draws text (it shows &quot; literally, and a quote alone opens
// no markup), so escaping exactly them shows the user's text unchanged.
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `text` with the characters plotly would read as markup written as entities. */
export function escapePlotlyText(text: string): string {
  return text.replace(/[&<>]/g, (character) => ENTITIES[character] ?? character);
}

const escapeList = <T>(values: readonly T[]): T[] =>
  values.map((value) => (typeof value === 'string' ? (escapePlotlyText(value) as T) : value));

/** An axis with its title escaped; a line break the title holds ("\n", which plotly shows as a space) breaks. */
function escapeAxis(axis: PlotAxis | undefined): PlotAxis | undefined {
  if (!axis?.title) return axis;
  return { ...axis, title: { text: escapePlotlyText(axis.title.text).replaceAll('\n', '<br>') } };
}

function escapeTrace(trace: PlotTrace): PlotTrace {
  const common = { name: escapePlotlyText(trace.name), x: escapeList(trace.x) };
  if (trace.type === 'bar') return { ...trace, ...common, y: escapeList(trace.y) };
  return { ...trace, ...common, ...(trace.text ? { text: escapeList(trace.text) } : {}) };
}

/** The figure with every text plotly would render as HTML escaped (hover templates are the app's own). */
export function plainTextFigure(figure: PlotFigure): PlotFigure {
  const { layout } = figure;
  return {
    ...figure,
    data: figure.data.map(escapeTrace),
    layout: {
      ...layout,
      ...(layout.title ? { title: { ...layout.title, text: escapePlotlyText(layout.title.text) } } : {}),
      ...(layout.xaxis ? { xaxis: escapeAxis(layout.xaxis) } : {}),
      ...(layout.yaxis ? { yaxis: escapeAxis(layout.yaxis) } : {}),
      ...(layout.yaxis2 ? { yaxis2: escapeAxis(layout.yaxis2) } : {}),
    },
  };
}
