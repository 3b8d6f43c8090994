import { memo, Suspense, useMemo } from 'react';
import { openState } from '../core/open-state.ts';
import type { ReaderArticle } from '../core/claim-look.ts';
import type { OpenState } from '../core/open-state.ts';
import type { ReadableArticle } from '../core/readable-article.ts';
import { formatRoute, type ReaderRoute } from '../core/url-state.ts';
import { ArticleView } from '../features/reader/ArticleView.tsx';
import { ClaimsIndex } from '../features/reader/ClaimsIndex.tsx';
import { Notices } from '../features/reader/Notices.tsx';
import { useRevealClaim } from '../features/reader/use-reveal-claim.ts';
import { useLinkedPassage } from '../features/sharing/use-linked-passage.ts';
import { SourcesList } from '../features/sources/SourcesList.tsx';
import { BASE_PATH } from '../lib/base-path.ts';
import { useLinkClick } from '../lib/link-click.ts';
import { useLocationStore } from '../lib/location.ts';
import { ARTICLE_ID } from '../lib/page-contract.ts';
import { FeatureBoundary } from '../ui/FeatureBoundary.tsx';
import { useLoadPanelsOnMove, usePanelComponents, usePanelsLoaded } from './panel-components.ts';
import type { OpenPanelProps } from './OpenPanel.tsx';
import type { Claim, Source } from '../core/schema.ts';

function PanelLoading() {
  return (
    <p className="panel-loading" role="status">
      Opening…
    </p>
  );
}

// NOTE: the parts below are drawn from the panels' chunk, each inside a Suspense boundary of its own and
// memoised with props that stay the same until the reader moves. A prerendered page keeps their HTML (its
// links work as links) until the reader's intent brings their code; an update reaching such a boundary
// before that would replace its HTML with the fallback.

/** The panel the URL opens: a claim's comparison or a source's card. */
const OpenPanel = memo(function OpenPanel({ claim, source, ...props }: OpenPanelProps & { claim: Claim | undefined; source: Source | undefined }) {
  const { OpenComparison, OpenSourceCard } = usePanelComponents();
  return (
    <Suspense fallback={<PanelLoading />}>
      {source && <OpenSourceCard {...props} source={source} />}
      {claim && <OpenComparison {...props} claim={claim} />}
    </Suspense>
  );
});

/** The entries of the lists of claims and of sources, and the links to the figures as data. */
const ClaimEntries = memo(function ClaimEntries(props: { readable: ReadableArticle; openClaimId: string | undefined }) {
  const { ClaimList } = usePanelComponents();
  return (
    <Suspense fallback={null}>
      <ClaimList {...props} />
    </Suspense>
  );
});

const SourceEntries = memo(function SourceEntries(props: { readable: ReadableArticle; openSourceId: string | undefined }) {
  const { SourceLinks } = usePanelComponents();
  return (
    <Suspense fallback={null}>
      <SourceLinks {...props} />
    </Suspense>
  );
});

/**
 * Keeps the page's title and description those of what is open. The page comes with the right ones; they
 * change only once the reader moves, which brings the panels' code (and this with it).
 */
const PageHead = memo(function PageHead(props: { readable: ReadableArticle; route: ReaderRoute; open: OpenState }) {
  const { PageHead } = usePanelComponents();
  return (
    <Suspense fallback={null}>
      <PageHead {...props} />
    </Suspense>
  );
});

const FiguresAsData = memo(function FiguresAsData(props: { readable: ReadableArticle }) {
  const { DownloadFigures } = usePanelComponents();
  return (
    <Suspense fallback={null}>
      <DownloadFigures {...props} />
    </Suspense>
  );
});

/**
 * Lays out the reader: the article, the lists of claims and sources, and the panel the URL opens (a
 * claim's comparison or a source's card), beside the article on wide screens and over it on phones.
 * What is open comes from core/open-state.ts, the one answer the page's head and highlights share.
 */
export function Reader({ readable, route }: { readable: ReaderArticle; route: ReaderRoute }) {
  const location = useLocationStore();
  const { PassageLink, HighlightPreview } = usePanelComponents();
  const linkClick = useLinkClick();
  const { article } = readable;
  const articlePath = formatRoute({ articleId: article.id }, BASE_PATH);

  const open = useMemo(() => openState(readable, route), [readable, route]);
  const { source, claim, report } = open;
  // The same range as the same object, so that the article, which is drawn once, is redrawn only when the passage moves.
  const { start, end } = open.passage ?? {};
  const passage = useMemo(() => (start === undefined || end === undefined ? undefined : { start, end }), [start, end]);

  useRevealClaim(claim?.id, report?.id);
  useLinkedPassage(passage);
  const panelsLoaded = usePanelsLoaded();
  useLoadPanelsOnMove(location.hasNavigated(), route);

  const panelOpen = Boolean(source ?? claim);
  return (
    <div className="reader">
      <PageHead readable={readable} route={route} open={open} />
      {/* The flag sits on the side column, not the whole reader: toggling it restyles only that column. */}
      <div className="reader-side" data-panel-open={panelOpen || undefined}>
        <a className="skip-link" href={`#${ARTICLE_ID}`}>
          Skip to the article
        </a>
        <FeatureBoundary name={source ? 'This source' : 'The comparison'} resetKey={source?.id ?? claim?.id}>
          <OpenPanel
            readable={readable}
            claim={claim}
            source={source}
            reportId={report?.id}
            articlePath={articlePath}
            // Only a panel the reader opened: one on the page as loaded (prerendered, or redrawn as a
            // phone's sheet) is drawn whole at once.
            deferExplanations={location.hasNavigated()}
          />
        </FeatureBoundary>
        <div className="reader-lists">
          <FeatureBoundary name="The list of claims">
            <ClaimsIndex readable={readable}>
              <ClaimEntries readable={readable} openClaimId={claim?.id} />
            </ClaimsIndex>
          </FeatureBoundary>
          <FeatureBoundary name="The list of sources">
            <SourcesList readable={readable}>
              <SourceEntries readable={readable} openSourceId={source?.id} />
            </SourcesList>
          </FeatureBoundary>
        </div>
      </div>
      <div className="reader-main">
        <Notices notices={open.notices} dismissHref={articlePath} onDismiss={linkClick} />
        <FeatureBoundary name="The article">
          <ArticleView readable={readable} passage={passage} />
        </FeatureBoundary>
        <FeatureBoundary name="The download of the figures">
          <FiguresAsData readable={readable} />
        </FeatureBoundary>
      </div>
      {panelsLoaded && (
        <>
          <FeatureBoundary name="The preview">
            <Suspense fallback={null}>
              <HighlightPreview readable={readable} />
            </Suspense>
          </FeatureBoundary>
          <FeatureBoundary name="The link to a passage">
            <Suspense fallback={null}>
              <PassageLink readable={readable} />
            </Suspense>
          </FeatureBoundary>
        </>
      )}
    </div>
  );
}
