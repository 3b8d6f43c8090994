import { useCallback, useEffect } from 'react';
import { flushSync } from 'react-dom';
import type { ReadableArticle } from '../core/readable-article.ts';
import { formatRoute, type ReaderRoute } from '../core/url-state.ts';
import { ComparisonPanel, WIDE_LAYOUT_QUERY } from '../features/comparison/ComparisonPanel.tsx';
import { ArticleView } from '../features/reader/ArticleView.tsx';
import { ClaimsList } from '../features/reader/ClaimsList.tsx';
import { findHighlight, prefersReducedMotion } from '../lib/highlight-dom.ts';
import { BASE_PATH, useLinkClick, useLocationStore } from '../lib/location.ts';
import { useMediaQuery } from '../lib/use-media-query.ts';

function isInViewport(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}

/** The article, and beside it (or over it, on a phone) the comparison the URL names. */
export function Reader({ readable, route }: { readable: ReadableArticle; route: ReaderRoute }) {
  const location = useLocationStore();
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY, true);
  const linkClick = useLinkClick();
  const { article } = readable;
  const articlePath = formatRoute({ articleId: article.id }, BASE_PATH);

  const claim = route.claimId === undefined ? undefined : readable.claims.find((c) => c.id === route.claimId);
  const reportKnown = claim !== undefined && claim.reports.some((r) => r.id === route.reportId);
  const openClaimId = claim?.id;
  const currentReportId = reportKnown ? route.reportId : undefined;

  useEffect(() => {
    document.title = claim ? `${claim.question} · Tally` : `${article.title} · Tally`;
  }, [claim, article.title]);

  // Whether opened by a link, Back or a click, the open claim's words are brought into view.
  useEffect(() => {
    if (!openClaimId) return;
    const target = findHighlight(openClaimId, currentReportId);
    if (target && !isInViewport(target)) {
      target.scrollIntoView({ block: wide ? 'center' : 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  }, [openClaimId, currentReportId, wide]);

  const close = useCallback(() => {
    // Commit the close first: while a phone's modal sheet is open, the text behind it cannot take focus.
    flushSync(() => location.navigate(articlePath));
    if (openClaimId) {
      const target = findHighlight(openClaimId, currentReportId) ?? document.querySelector<HTMLElement>(`[data-claim-link="${CSS.escape(openClaimId)}"]`);
      target?.focus({ preventScroll: true });
    }
  }, [location, articlePath, openClaimId, currentReportId]);

  const showQuote = useCallback(
    (reportId: string) => {
      if (!openClaimId) return;
      const reveal = () => {
        const target = findHighlight(openClaimId, reportId);
        target?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
        target?.focus({ preventScroll: true });
      };
      if (wide) return reveal();
      // On a phone the sheet covers the text: close it first.
      close();
      requestAnimationFrame(reveal);
    },
    [openClaimId, wide, close],
  );

  const notice =
    route.claimId !== undefined && !claim
      ? `No claim called “${route.claimId}” in this article.`
      : route.reportId !== undefined && claim && !reportKnown
        ? `No report called “${route.reportId}” in this claim; the whole comparison is shown.`
        : undefined;

  return (
    <div className="reader" data-open={openClaimId !== undefined || undefined}>
      <div className="reader-main">
        {notice && (
          <p className="notice" role="alert">
            {notice}{' '}
            <a href={articlePath} onClick={linkClick}>
              Dismiss
            </a>
          </p>
        )}
        <ArticleView readable={readable} />
      </div>
      <div className="reader-side">
        {claim && (
          <ComparisonPanel
            readable={readable}
            claim={claim}
            currentReportId={currentReportId}
            onClose={close}
            onShowQuote={showQuote}
          />
        )}
        <ClaimsList readable={readable} openClaimId={openClaimId} />
      </div>
    </div>
  );
}
