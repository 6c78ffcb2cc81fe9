// @vitest-environment happy-dom
// The number control: typing a valid value changes the model, an invalid one is refused with the allowed
// range shown, and the slider moves across the row's range.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NumberControl } from '../../../src/app/controls/NumberControl';
import type { NumberParamSpec } from '../../../src/core/params/spec';
import { findParam } from '../../../src/core/params/table';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const row = findParam('network.rttMs');
if (row?.spec.kind !== 'number') throw new Error('network.rttMs must be a number row');
const spec: NumberParamSpec = row.spec;

let container: HTMLDivElement;
let root: Root;
let changes: number[];

/** Sets an input's value the way React notices (through the native setter), then fires the event. */
function typeInto(input: HTMLInputElement, text: string, eventName: 'input' | 'change' = 'input') {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event(eventName, { bubbles: true }));
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  changes = [];
  act(() => {
    root.render(
      <NumberControl
        row={row}
        spec={spec}
        value={65}
        disabled={false}
        onChange={(value) => changes.push(value)}
      />,
    );
  });
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const field = () => container.querySelector('input.number-field') as HTMLInputElement;

describe('NumberControl', () => {
  it('shows the value and the allowed range', () => {
    expect(field().value).toBe('65');
    expect(container.textContent).toContain('0.001');
    expect(container.textContent).toContain('2000');
  });

  it('passes a valid typed value on', () => {
    act(() => typeInto(field(), '120'));
    expect(changes).toEqual([120]);
    expect(field().getAttribute('aria-invalid')).toBe('false');
  });

  it('refuses an out-of-range value, marks the field and says what is allowed', () => {
    act(() => typeInto(field(), '5000'));
    expect(changes).toEqual([]);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const message = container.querySelector('.control-error')?.textContent ?? '';
    expect(message).toContain('Round-trip time');
    expect(message).toContain('2000');
  });

  it('maps the slider ends to the range ends', () => {
    const slider = container.querySelector('input[type="range"]') as HTMLInputElement;
    act(() => typeInto(slider, '0', 'change'));
    act(() => typeInto(slider, '1000', 'change'));
    expect(changes).toEqual([spec.min, spec.max]);
  });
});
