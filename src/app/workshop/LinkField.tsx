// A link shown in a read-only field with its length, a copy button and a way to try it in a new tab.
import { useId, useState } from 'react';

/** Props of LinkField. */
export interface LinkFieldProps {
  label: string;
  link: string;
  testId: string;
  copyLabel: string;
}

/** The link, its length in characters, "copy" and "try it". */
export function LinkField({ label, link, testId, copyLabel }: LinkFieldProps) {
  const id = useId();
  const [feedback, setFeedback] = useState('');
  return (
    <div className="link-block">
      <label htmlFor={id}>
        {label} <span className="muted">({link.length} characters)</span>
      </label>
      <input id={id} className="link-field" readOnly value={link} data-testid={testId} />
      <div className="inline-form">
        <button
          type="button"
          data-testid={`copy-${testId}`}
          onClick={() =>
            navigator.clipboard.writeText(link).then(
              () => setFeedback('Copied'),
              () => setFeedback('Copy failed: select the link above and copy it'),
            )
          }
        >
          {copyLabel}
        </button>
        <a href={link} target="_blank" rel="noopener">
          Try it in a new tab
        </a>
        <span aria-live="polite" className="feedback">
          {feedback}
        </span>
      </div>
    </div>
  );
}
