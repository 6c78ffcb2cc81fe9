// User text reaches plotly only as escaped text, so a label with markup is shown, not rendered.
import { describe, expect, it } from 'vitest';
import { escapePlotlyText, plainTextFigure } from '../../../src/app/charts/plainText';
import type { PlotFigure } from '../../../src/app/charts/plotlyTypes';

const EVIL = '<a href="https://evil.example/x">evil</a>';

describe('plainTextFigure', () => {
  it('escapes markup characters', () => {
    expect(escapePlotlyText(`${EVIL} & more`)).toBe(
      '&lt;a href="https://evil.example/x"&gt;evil&lt;/a&gt; &amp; more',
    );
  });

  it('escapes trace names, category labels, point text and titles, and leaves numbers alone', () => {
    const figure: PlotFigure = {
      data: [
        { type: 'scatter', name: EVIL, x: [EVIL, 2], y: [1, null], mode: 'lines', text: [EVIL] },
        { type: 'bar', name: EVIL, x: [1], y: [EVIL], orientation: 'h', marker: { color: 'red' } },
      ],
      layout: { title: { text: EVIL }, xaxis: { title: { text: EVIL } }, yaxis: { type: 'log' } },
    };
    const json = JSON.stringify(plainTextFigure(figure));
    expect(json).not.toContain('<a');
    expect(json).toContain('&lt;a href=');
    const [line, bar] = plainTextFigure(figure).data;
    expect(line?.x[1]).toBe(2);
    expect(bar?.x[0]).toBe(1);
  });

  it('breaks an axis title at its own line break, after escaping', () => {
    const figure: PlotFigure = {
      data: [],
      layout: { yaxis: { title: { text: `Throughput\n(${EVIL})` } } },
    };
    const text = plainTextFigure(figure).layout.yaxis?.title?.text ?? '';
    expect(text.startsWith('Throughput<br>(&lt;a href=')).toBe(true);
    expect(text).not.toContain('<a');
  });
});
