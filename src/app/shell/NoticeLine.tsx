// A one-line confirmation of an action whose effect is not otherwise visible (a file loaded, a link copied).
import { useApp } from '../store/StoreContext';

/** The current notice with a dismiss button, or nothing. */
export function NoticeLine() {
  const notice = useApp((state) => state.notice);
  const showNotice = useApp((state) => state.showNotice);
  if (notice === '') return null;
  return (
    <p className="notice-line" role="status" data-testid="notice">
      {notice}{' '}
      <button type="button" onClick={() => showNotice('')}>
        OK
      </button>
    </p>
  );
}
