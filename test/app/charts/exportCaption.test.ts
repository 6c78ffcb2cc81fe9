// A saved chart says where it came from: its title and the key settings with the seed; a saved comparison
// also says what each of its lines B, C, D changes from A, one line each, with room made for every line.
import { describe, expect, it } from 'vitest';
import {
  CAPTION_TOP_MARGIN_PX,
  captionedFigure,
  captionLines,
  captionMarginPx,
  compareSettingsText,
  keySettingsText,
} from '../../../src/app/charts/exportCaption';
import { defaultParams, setParam } from '../../../src/core/params/table';

describe('export caption', () => {
  it('names what each compared configuration changes from A', () => {
    const a = defaultParams();
    const b = setParam(a, 'privacy.technique', 'tee');
    const c = setParam(setParam(a, 'privacy.technique', 'mpc'), 'network.rttMs', 200);
    const text = compareSettingsText(
      a,
      [
        { name: 'B', params: b },
        { name: 'C', params: c },
        { name: 'D', params: a },
      ],
      'room-1',
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe(`A: ${keySettingsText(a, 'room-1')}`);
    expect(keySettingsText(setParam(a, 'network.uploadMbps', 50), 's')).toContain('upload 50 Mbit/s');
    expect(keySettingsText(setParam(a, 'network.uploadMbps', 1000), 's')).toContain('upload 1 Gbit/s');
    expect(lines[1]).toBe('B: Privacy technique Trusted execution (TEE)');
    expect(lines[2]).toBe('C: Round-trip time 200 ms, Privacy technique Multi-party computation (MPC)');
    expect(lines[3]).toBe('D: the same as A');
  });

  it('makes room for every settings line and escapes each', () => {
    expect(captionMarginPx('one line')).toBe(CAPTION_TOP_MARGIN_PX);
    expect(captionMarginPx('a\nb\nc')).toBeGreaterThan(CAPTION_TOP_MARGIN_PX);
    const figure = captionedFigure({ data: [], layout: { height: 300, margin: { t: 10 } } }, 'T', 'a <b>\nc');
    expect(figure.layout.title?.text).toBe('T<br><sub>a &lt;b&gt;<br>c</sub>');
    expect(figure.layout.margin?.t).toBe(10 + captionMarginPx('a\nb'));
    expect(figure.layout.height).toBe(300 + captionMarginPx('a\nb'));
  });

  it('wraps a long settings line after a separator, and counts the wrapped lines', () => {
    const long = keySettingsText(defaultParams(), 'a seed that makes the line longer than a chart is wide');
    const lines = captionLines(`A: ${long}\nB: x`);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((line) => line.length <= 110)).toBe(true);
    expect(lines.join(' ')).toBe(`A: ${long} B: x`);
    expect(captionMarginPx(`A: ${long}\nB: x`)).toBe(captionMarginPx(lines.join('\n')));
  });
});
