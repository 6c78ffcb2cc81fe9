// Shown when a link could not be loaded: names every bad field and says the previous state was kept.
import { useApp } from '../store/StoreContext';

/** An alert listing the fields of a rejected link, or nothing. */
export function LinkErrorBanner() {
  const errors = useApp((state) => state.linkErrors);
  const dismiss = useApp((state) => state.dismissLinkErrors);
  if (!errors) return null;
  return (
    <div className="link-error" role="alert" data-testid="link-error">
      <p>
        <strong>This link could not be loaded.</strong> The last good state is still shown. Problems:
      </p>
      <ul>
        {errors.map((error) => (
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
