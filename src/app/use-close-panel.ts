// Closing a panel and showing a report's words: both move focus back into the text, through the page's contract.
import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import { scrollBehavior } from '../lib/after-paint.ts';
import { useLocationStore } from '../lib/location.ts';
import { appFocus, findClaimReturn, findHighlight, findSourceLink } from '../lib/page-contract.ts';
import { WIDE_LAYOUT_QUERY } from '../ui/layout.ts';

/** What is open, by id (core/open-state.ts). */
export interface OpenIds {
  claimId?: string | undefined;
  reportId?: string | undefined;
  sourceId?: string | undefined;
}

/**
 * `close` goes back to the article and returns focus to what opened the panel; `showQuote` brings a
 * report's words into view and focus (on a phone, closing the sheet first, as it covers the text).
 */
export function useClosePanel({ claimId, reportId, sourceId }: OpenIds, articlePath: string) {
  const location = useLocationStore();

  const close = useCallback(() => {
    // Commit the close first: while a phone's modal sheet is open, the text behind it cannot take focus.
    flushSync(() => location.navigate(articlePath));
    const target = claimId ? findClaimReturn(claimId, reportId) : sourceId !== undefined ? findSourceLink(sourceId) : null;
    if (target) appFocus(target);
  }, [location, articlePath, claimId, reportId, sourceId]);

  const showQuote = useCallback(
    (quoteReportId: string) => {
      if (!claimId) return;
      const reveal = () => {
        const target = findHighlight(claimId, quoteReportId);
        target?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
        target?.focus({ preventScroll: true });
      };
      // The layout is asked at the time, not held: the panel keeps the same callbacks as the screen turns.
      if (window.matchMedia(WIDE_LAYOUT_QUERY).matches) return reveal();
      close();
      requestAnimationFrame(reveal);
    },
    [claimId, close],
  );
  return { close, showQuote };
}
