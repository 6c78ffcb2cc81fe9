// Shown when a link could not be loaded: names every bad field and says the previous state was kept.
import { useApp } from '../store/StoreContext';
import { FieldErrorBanner } from './FieldErrorBanner';

/** An alert listing the fields of a rejected link, or nothing. */
export function LinkErrorBanner() {
  const errors = useApp((state) => state.linkErrors);
  const dismiss = useApp((state) => state.dismissLinkErrors);
  if (!errors) return null;
  const headline = (
    <>
      <strong>This link could not be loaded.</strong> The last good state is still shown.
    </>
  );
  return <FieldErrorBanner headline={headline} errors={errors} onDismiss={dismiss} testId="link-error" />;
}
