import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { SOURCE_KIND_LABELS } from '../../core/slugs-and-kinds.ts';
import { formatLongDate } from '../../core/format-date.ts';
import { sharedSourcePageMeta, type SharedSourcePage } from '../../core/library.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { useLinkClick } from '../../lib/link-click.ts';
import { sharedSourceQuery } from '../../data/library-queries.ts';
import './library.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One source across every article that quotes it: what it said, figure by figure, each linked to its
 * comparison. The page holds the first screen of articles; the reader asks for the rest, a page at a time.
 */
export function SharedSource({ page }: { page: SharedSourcePage }) {
  const linkClick = useLinkClick();
  const [asked, setAsked] = useState(1);
  // The later pages asked for, shown in order up to the first that has not arrived.
  const combine = useCallback(
    (results: UseQueryResult<SharedSourcePage>[]) => {
      const arrived = results.findIndex((r) => r.data === undefined);
      const loaded = arrived === -1 ? results : results.slice(0, arrived);
      return {
        articles: [page.articles, ...loaded.map((r) => r.data!.articles)].flat(),
        loading: results.some((r) => r.isFetching),
        failed: results.some((r) => r.isError),
      };
    },
    [page.articles],
  );
  const { articles, loading, failed } = useQueries({
    queries: Array.from({ length: asked - 1 }, (_, i) => sharedSourceQuery(page.sharedId, i + 2)),
    combine,
  });
  const remaining = page.total - articles.length;
  // The same title and description the build wrote for this page.
  const { title, description } = sharedSourcePageMeta(page, BASE_PATH);
  useEffect(() => {
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [title, description]);
  return (
    <article className="shared-source" aria-labelledby="shared-source-title">
      <p className="library-kicker">Source · {SOURCE_KIND_LABELS[page.kind]}</p>
      <h1 id="shared-source-title">{page.name}</h1>
      <p>
        Quoted in {plural(page.total, 'article')}, newest first.
        {page.wikidata && (
          <>
            {' '}
            Wikidata: <a href={`https://www.wikidata.org/wiki/${page.wikidata}`}>{page.wikidata}</a>.
          </>
        )}
      </p>
      {articles.map((article) => {
        const titleId = `shared-source-article-${article.id}`;
        return (
          <section key={article.id} className="shared-source-article" aria-labelledby={titleId}>
            <h2 id={titleId}>
              <a href={formatRoute({ articleId: article.id }, BASE_PATH)} onClick={linkClick}>
                {article.title}
              </a>
            </h2>
            <p className="library-item-byline">
              {article.outlet} · <time dateTime={article.published}>{formatLongDate(article.published)}</time>
              {article.description && <> · described there as “{article.description}”</>}
            </p>
            {article.reports.length === 0 ? (
              <p>No report of this source could be placed in this article’s text.</p>
            ) : (
              <ul className="shared-source-reports">
                {article.reports.map((report) => (
                  <li key={`${report.claimId}/${report.reportId}`}>
                    <a href={formatRoute({ articleId: article.id, claimId: report.claimId, reportId: report.reportId }, BASE_PATH)} onClick={linkClick}>
                      {report.claimTitle}
                    </a>
                    : {report.gist}
                    {report.with.length > 0 && <> (jointly with {report.with.join(', ')})</>}
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href={formatRoute({ articleId: article.id, sourceId: article.sourceId }, BASE_PATH)} onClick={linkClick}>
                {page.name} in this article
              </a>
            </p>
          </section>
        );
      })}
      {failed && <p className="library-problem">The rest of the articles did not load.</p>}
      {remaining > 0 && (
        <button type="button" className="library-more" onClick={() => !loading && setAsked((n) => Math.min(n + 1, page.pages))}>
          {loading ? 'Loading more articles…' : `Show more articles (${articles.length} of ${page.total} shown)`}
        </button>
      )}
    </article>
  );
}
