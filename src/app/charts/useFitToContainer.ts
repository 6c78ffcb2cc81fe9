// Keeps a drawn chart the size of its container: whenever the layout around it changes (presenter mode on or
// off, a window resize, a panel opening), plotly is asked to fit the chart again, so it never keeps an old
// width and overflows or leaves a gap.
import { type RefObject, useEffect } from 'react';
import { resizeFigure } from './plotlyBundle';

/** Refits the chart in `rootRef` after every change of its size, once per animation frame. */
export function useFitToContainer(rootRef: RefObject<HTMLDivElement | null>, isDrawn: () => boolean): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    let last = '';
    let frame = 0;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const size = `${Math.round(width)}x${Math.round(height)}`;
      if (size === last) return;
      const first = last === '';
      last = size;
      if (first || !isDrawn()) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => resizeFigure(root));
    });
    observer.observe(root);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [rootRef, isDrawn]);
}
