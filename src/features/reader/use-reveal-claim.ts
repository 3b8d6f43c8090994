// Whether opened by a link, Back or a click, the open claim's words are brought into view.
import { useEffect } from 'react';
import { afterPaint, scrollBehavior } from '../../lib/after-paint.ts';
import { findHighlight } from '../../lib/page-contract.ts';
import { WIDE_LAYOUT_QUERY } from '../../ui/layout.ts';

function isInViewport(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}

/**
 * Scrolls the open claim's (or report's) words into view when it opens. Words just clicked or focused
 * are in view already: measuring them would only force a layout of the whole article.
 * Only opening a claim reveals it: a window resized across the wide layout's edge (a tablet turned, a
 * screenshot tool resizing the page) leaves the reader where they had scrolled to.
 */
export function useRevealClaim(claimId: string | undefined, reportId: string | undefined): void {
  useEffect(() => {
    if (!claimId) return;
    const target = findHighlight(claimId, reportId);
    if (!target || target === document.activeElement) return;
    return afterPaint(() => {
      const wide = window.matchMedia(WIDE_LAYOUT_QUERY).matches;
      if (!isInViewport(target)) target.scrollIntoView({ block: wide ? 'center' : 'start', behavior: scrollBehavior() });
    });
  }, [claimId, reportId]);
}
