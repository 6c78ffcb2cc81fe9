// Copies a link to the current state (the page address with its hash) to the clipboard.
import { useState } from 'react';

/** A button that copies location.href; says whether copying worked. */
export function CopyLinkButton() {
  const [feedback, setFeedback] = useState('');
  const copy = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setFeedback('Link copied');
    } catch {
      setFeedback('Copy failed: the link is in the address bar');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy} data-testid="copy-link">
        Copy link
      </button>
      <span aria-live="polite" className="feedback">
        {feedback}
      </span>
    </span>
  );
}
