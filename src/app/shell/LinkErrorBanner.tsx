// Shown when part of a link could not be used: names every bad field and says those fields kept their last
// good values while the rest of the link applied.
import { useApp } from '../store/StoreContext';
import { FieldErrorBanner } from './FieldErrorBanner';

/** An alert listing the refused fields of a link, or nothing. */
export function LinkErrorBanner() {
  const errors = useApp((state) => state.linkErrors);
  const dismiss = useApp((state) => state.dismissLinkErrors);
  if (!errors) return null;
  const headline = (
    <>
      <strong>Part of this link could not be used.</strong> Its other fields were applied; the fields below
      keep their last good values.
    </>
  );
  return <FieldErrorBanner headline={headline} errors={errors} onDismiss={dismiss} testId="link-error" />;
}
