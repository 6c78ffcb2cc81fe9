// A bounded memo for pure functions of plain data: it changes speed, never results. Sweeps and the engine's
// counterfactual runs ask for the same model shape and work description many times.

/** `compute` remembered by `keyOf` for up to `capacity` keys (cleared when full, so memory stays bounded). */
export function boundedMemo<Input, Output>(
  capacity: number,
  keyOf: (input: Input) => string,
  compute: (input: Input) => Output,
): (input: Input) => Output {
  const remembered = new Map<string, Output>();
  return (input) => {
    const key = keyOf(input);
    const known = remembered.get(key);
    if (known !== undefined) return known;
    const value = compute(input);
    if (remembered.size >= capacity) remembered.clear();
    remembered.set(key, value);
    return value;
  };
}
