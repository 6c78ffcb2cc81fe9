// Opens a scenario file from disk. The file is checked with the core's scenario parser right away, so a bad
// file shows every problem with its field path before anything runs.
import { useId } from 'react';
import { parseScenarioText } from '../../core/scenario/index';
import { useApp } from '../store/StoreContext';

/** A file picker for scenario JSON. */
export function ScenarioUpload() {
  const id = useId();
  const setUploaded = useApp((state) => state.setUploaded);
  const uploaded = useApp((state) => state.uploaded);
  const setShowUploaded = useApp((state) => state.setShowUploaded);
  const onFile = async (file: File) => {
    const text = await file.text();
    const parsed = parseScenarioText(text);
    const document = parsed.ok ? (JSON.parse(text.replace(/^\uFEFF/, '')) as unknown) : null;
    setUploaded({ fileName: file.name, document, errors: parsed.ok ? [] : parsed.errors });
  };
  return (
    <section className="scenario-upload">
      <h2>Your own scenario</h2>
      <label htmlFor={id}>Open a scenario file (.json)</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        data-testid="scenario-upload"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void onFile(file);
        }}
      />
      {uploaded && (
        <button type="button" onClick={() => setShowUploaded(true)}>
          Show {uploaded.fileName}
        </button>
      )}
    </section>
  );
}
