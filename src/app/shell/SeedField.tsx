// The Monte Carlo seed: any non-empty text. An emptied field is kept as a draft and never reaches the model.
import { useId, useState } from 'react';
import { useApp } from '../store/StoreContext';

/** A labelled text field for the seed. */
export function SeedField() {
  const id = useId();
  const seed = useApp((state) => state.seed);
  const setSeed = useApp((state) => state.setSeed);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <>
      <label htmlFor={id}>Seed</label>
      <input
        id={id}
        className="seed-field"
        value={draft ?? seed}
        aria-invalid={draft === ''}
        title="Seed of the Monte Carlo runs: the same seed gives the same bands"
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text === '' ? '' : null);
          if (text !== '') setSeed(text);
        }}
        onBlur={() => setDraft(null)}
      />
    </>
  );
}
