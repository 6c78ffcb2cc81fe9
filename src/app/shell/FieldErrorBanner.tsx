// An alert that lists refused fields: shared by the link and file-import banners so both read the same.
import type { ReactNode } from 'react';
import type { FieldError } from '../../core/params/constraints';
import { FieldErrorList } from './FieldErrorList';

/** Props of the banner: its headline, the fields, and how to dismiss it. */
export interface FieldErrorBannerProps {
  headline: ReactNode;
  errors: readonly FieldError[];
  onDismiss: () => void;
  testId: string;
}

/** A dismissible alert naming each bad field and what is allowed. */
export function FieldErrorBanner({ headline, errors, onDismiss, testId }: FieldErrorBannerProps) {
  return (
    <div className="link-error" role="alert" data-testid={testId}>
      <p>{headline} Problems:</p>
      <FieldErrorList errors={errors} />
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
