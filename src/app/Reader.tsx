import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { anchorQuote } from '../core/anchor-quote.ts';
import { citeComparison } from '../core/citation.ts';
import { clipText } from '../core/clip-text.ts';
import type { ReadableArticle } from '../core/readable-article.ts';
import { formatRoute, type ReaderRoute } from '../core/url-state.ts';
import { DownloadFigures } from '../features/export/DownloadFigures.tsx';
import { ArticleView } from '../features/reader/ArticleView.tsx';
import { ClaimsIndex } from '../features/reader/ClaimsIndex.tsx';
import { HighlightPreview } from '../features/reader/HighlightPreview.tsx';
import { SourcesList } from '../features/sources/SourcesList.tsx';
import { afterPaint, findHighlight, prefersReducedMotion } from '../lib/highlight-dom.ts';
import { BASE_PATH, useLinkClick, useLocationStore } from '../lib/location.ts';
import { useMediaQuery } from '../lib/use-media-query.ts';
import { FeatureBoundary } from '../ui/FeatureBoundary.tsx';
import { WIDE_LAYOUT_QUERY } from '../ui/Panel.tsx';
import { loadPanels, usePanelComponents } from './panel-components.ts';

function isInViewport(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}

const PASSAGE_FAILURES = {
  'not-found': 'is no longer in the article word for word',
  'context-mismatch': 'is no longer in the article with the words around it',
  ambiguous: 'now matches more than one place',
} as const;

function PanelLoading() {
  return (
    <p className="panel-loading" role="status">
      Opening…
    </p>
  );
}

/** Notices for parts of a URL that name nothing in this article. */
function describeUnknown(route: ReaderRoute, readable: ReadableArticle): string | undefined {
  if (route.sourceId !== undefined && !readable.sourcesById.has(route.sourceId)) {
    return `No source called “${route.sourceId}” in this article.`;
  }
  const claim = readable.claims.find((c) => c.id === route.claimId);
  if (route.claimId !== undefined && !claim) return `No claim called “${route.claimId}” in this article.`;
  if (route.reportId !== undefined && claim && !claim.reports.some((r) => r.id === route.reportId)) {
    return `No report called “${route.reportId}” in this claim; the whole comparison is shown.`;
  }
  return undefined;
}

/**
 * The article, the lists of claims and sources, and the panel the URL opens: a claim's comparison or a
 * source's card, beside the article on wide screens and over it on phones.
 */
export function Reader({ readable, route }: { readable: ReadableArticle; route: ReaderRoute }) {
  const location = useLocationStore();
  const { ComparisonPanel, SourceCard, ShareBar, PassageLink } = usePanelComponents();
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY, true);
  const linkClick = useLinkClick();
  const { article } = readable;
  const articlePath = formatRoute({ articleId: article.id }, BASE_PATH);

  const source = route.sourceId === undefined ? undefined : readable.sourcesById.get(route.sourceId);
  const claim = route.claimId === undefined ? undefined : readable.claims.find((c) => c.id === route.claimId);
  const openClaimId = claim?.id;
  const currentReportId = claim?.reports.some((r) => r.id === route.reportId) ? route.reportId : undefined;
  const { exact, prefix, suffix } = route.passage ?? {};
  // Memoised so that the article, which is drawn once, is redrawn only when the passage changes.
  const passageAnchor = useMemo(
    () => (exact === undefined ? undefined : anchorQuote(readable.body.text, { type: 'TextQuoteSelector', exact, prefix, suffix })),
    [readable, exact, prefix, suffix],
  );
  const passage = passageAnchor?.ok ? passageAnchor.range : undefined;
  const notice =
    describeUnknown(route, readable) ??
    (passageAnchor && !passageAnchor.ok ? `The passage this link quotes (“${clipText(exact ?? '', 80)}”) ${PASSAGE_FAILURES[passageAnchor.reason]}, so nothing is marked.` : undefined);

  useEffect(() => {
    const subject = source ? `${source.name} · Sources` : (claim?.question ?? article.title);
    document.title = `${subject} · Tally`;
  }, [source, claim, article.title]);

  // Whether opened by a link, Back or a click, the open claim's words are brought into view. Words just
  // clicked or focused are in view already: measuring them would only force a layout of the whole article.
  useEffect(() => {
    if (!openClaimId) return;
    const target = findHighlight(openClaimId, currentReportId);
    if (!target || target === document.activeElement) return;
    return afterPaint(() => {
      if (!isInViewport(target)) {
        target.scrollIntoView({ block: wide ? 'center' : 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      }
    });
  }, [openClaimId, currentReportId, wide]);

  // A linked passage is brought into view once, when the link is opened.
  const passageStart = passage?.start;
  useEffect(() => {
    if (passageStart === undefined) return;
    document.querySelector('mark.passage')?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [passageStart]);

  const close = useCallback(() => {
    // Commit the close first: while a phone's modal sheet is open, the text behind it cannot take focus.
    flushSync(() => location.navigate(articlePath));
    const target = openClaimId
      ? (findHighlight(openClaimId, currentReportId) ?? document.querySelector(`[data-claim-link="${CSS.escape(openClaimId)}"]`))
      : source && document.querySelector(`a[href$="/sources/${CSS.escape(source.id)}/"]`);
    if (target instanceof HTMLElement) target.focus({ preventScroll: true });
  }, [location, articlePath, openClaimId, currentReportId, source]);

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

  // Once the article is interactive, fetch the panels' code while the browser is idle, so that a click
  // opens at once; the offer of passage links, which comes with it, starts then.
  const [extrasLoaded, setExtrasLoaded] = useState(false);
  useEffect(() => {
    const load = () => void loadPanels().then(() => setExtrasLoaded(true));
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load);
    else setTimeout(load, 200);
  }, []);

  const panelOpen = Boolean(source ?? claim);
  return (
    <div className="reader">
      {/* The flag sits on the side column, not the whole reader: toggling it restyles only that column. */}
      <div className="reader-side" data-panel-open={panelOpen || undefined}>
        <a className="skip-link" href="#article">
          Skip to the article
        </a>
        <FeatureBoundary name={source ? 'This source' : 'The comparison'} resetKey={source?.id ?? openClaimId}>
          <Suspense fallback={<PanelLoading />}>
            {source && (
              <SourceCard
                readable={readable}
                source={source}
                onClose={close}
                actions={<ShareBar cite={(url) => `${source.name}, as cited in “${article.title}”, ${article.outlet.name}. Tally: ${url}`} />}
              />
            )}
            {!source && claim && (
              <ComparisonPanel
                readable={readable}
                claim={claim}
                currentReportId={currentReportId}
                onClose={close}
                onShowQuote={showQuote}
                // Only a panel the reader opened: one on the page as loaded (prerendered, or redrawn as a
                // phone's sheet) is drawn whole at once.
                deferExplanations={location.hasNavigated()}
                actions={<ShareBar cite={(url) => citeComparison(readable, claim, url, new Date())} />}
              />
            )}
          </Suspense>
        </FeatureBoundary>
        <div className="reader-lists">
          <FeatureBoundary name="The list of claims">
            <ClaimsIndex readable={readable} openClaimId={openClaimId} />
          </FeatureBoundary>
          <FeatureBoundary name="The list of sources">
            <SourcesList readable={readable} openSourceId={source?.id} />
          </FeatureBoundary>
        </div>
      </div>
      <div className="reader-main">
        {notice && (
          <p className="notice" role="alert">
            {notice}{' '}
            <a href={articlePath} onClick={linkClick}>
              Dismiss
            </a>
          </p>
        )}
        <FeatureBoundary name="The article">
          <ArticleView readable={readable} passage={passage} />
        </FeatureBoundary>
        <FeatureBoundary name="The download of the figures">
          <DownloadFigures readable={readable} />
        </FeatureBoundary>
      </div>
      <FeatureBoundary name="The preview">
        <HighlightPreview readable={readable} />
      </FeatureBoundary>
      {extrasLoaded && (
        <FeatureBoundary name="The link to a passage">
          <Suspense fallback={null}>
            <PassageLink readable={readable} />
          </Suspense>
        </FeatureBoundary>
      )}
    </div>
  );
}
