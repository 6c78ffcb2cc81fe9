// Shown when an opened file was refused: names the file and every bad field, and says nothing was changed.
import { useApp } from '../store/StoreContext';

/** An alert listing the fields of a refused file, or nothing. */
export function ImportErrorBanner() {
  const refused = useApp((state) => state.importErrors);
  const dismiss = useApp((state) => state.dismissImportErrors);
  if (!refused) return null;
  return (
    <div className="link-error" role="alert" data-testid="import-error">
      <p>
        <strong>{refused.fileName} could not be opened.</strong> Nothing was changed. Problems:
      </p>
      <ul>
        {refused.errors.map((error) => (
          <li key={`${error.path}:${error.message}`}>
            <code>{error.path}</code>: {error.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
