import { Suspense, useEffect } from 'react';
import { formatRoute } from '../core/url-state.ts';
import { BASE_PATH } from '../lib/base-path.ts';
import { useLinkClick } from '../lib/link-click.ts';
import { useRoute } from '../lib/location.ts';
import { markAppReady } from '../lib/page-contract.ts';
import { FeatureBoundary } from '../ui/FeatureBoundary.tsx';
import { PageNotFound } from './PageNotFound.tsx';
import { LibraryPage, ReaderPage, SharedSourcePage } from './page-chunks.ts';
import './app.css';

function PageLoading() {
  return (
    <p className="loading" role="status">
      Loading the page…
    </p>
  );
}

/**
 * Marks the moment the app has taken over the page: for tests and the benchmark's "interactive" time.
 * Drawn inside the page's Suspense boundary, which React hydrates after the header and footer: the mark
 * waits for the page itself (an article's text and its listeners), not just the frame around it.
 */
function PageReady() {
  useEffect(() => {
    markAppReady();
    performance.mark('tally:interactive');
  }, []);
  return null;
}

export function App() {
  const route = useRoute();
  const linkClick = useLinkClick();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="wordmark" href={formatRoute({}, BASE_PATH)} onClick={linkClick}>
          Tally
        </a>
        <span className="tagline">Where sources disagree, side by side</span>
        <nav className="site-nav" aria-label="Site">
          <a href={formatRoute({}, BASE_PATH)} onClick={linkClick} aria-current={route.kind === 'reader' && route.articleId === undefined && route.sharedSourceId === undefined ? 'page' : undefined}>
            All articles
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {/* A page's code loads before the page is first drawn; moving to another kind of page waits for its code. */}
        <Suspense fallback={<PageLoading />}>
        {route.kind === 'not-found' ? (
          <PageNotFound what={`Tally has no page at ${route.path}.`} />
        ) : route.sharedSourceId !== undefined ? (
          <FeatureBoundary name="The source page">
            <SharedSourcePage sharedId={route.sharedSourceId} />
          </FeatureBoundary>
        ) : route.articleId === undefined ? (
          <FeatureBoundary name="The library">
            <LibraryPage />
          </FeatureBoundary>
        ) : (
          <FeatureBoundary name="The reader">
            <ReaderPage route={route} articleId={route.articleId} />
          </FeatureBoundary>
        )}
        <PageReady />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>
          Tally shows what the article says, in its own words. Anything marked “Tally” is our note, not the
          article’s.
        </p>
      </footer>
    </div>
  );
}
