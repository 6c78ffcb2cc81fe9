// Shown when an opened file was refused: names the file and every bad field, and says nothing was changed.
import { useApp } from '../store/StoreContext';
import { FieldErrorBanner } from './FieldErrorBanner';

/** An alert listing the fields of a refused file, or nothing. */
export function ImportErrorBanner() {
  const refused = useApp((state) => state.importErrors);
  const dismiss = useApp((state) => state.dismissImportErrors);
  if (!refused) return null;
  const headline = (
    <>
      <strong>{refused.fileName} could not be opened.</strong> Nothing was changed.
    </>
  );
  return (
    <FieldErrorBanner headline={headline} errors={refused.errors} onDismiss={dismiss} testId="import-error" />
  );
}
