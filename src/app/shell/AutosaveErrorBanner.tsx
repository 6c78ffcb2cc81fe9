// Shown when the autosaved session could be restored only in part: names every field that could not be used
// and says those went back to their defaults while the rest of the session was kept.
import { useApp } from '../store/StoreContext';
import { FieldErrorBanner } from './FieldErrorBanner';

/** An alert listing the autosave's dropped fields, or nothing. */
export function AutosaveErrorBanner() {
  const errors = useApp((state) => state.autosaveErrors);
  const dismiss = useApp((state) => state.dismissAutosaveErrors);
  if (!errors) return null;
  const headline = (
    <>
      <strong>Your last session was restored, except for some fields.</strong> The fields below could not be
      used and are back at their defaults; everything else is as you left it.
    </>
  );
  return <FieldErrorBanner headline={headline} errors={errors} onDismiss={dismiss} testId="autosave-error" />;
}
