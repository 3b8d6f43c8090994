import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { formatLongDate } from '../../core/format-date.ts';
import { libraryPageMeta, matchesQuery, type LibraryEntry, type LibraryIndex } from '../../core/library.ts';
import { studioAddress } from '../../core/studio-address.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { useLinkClick } from '../../lib/link-click.ts';
import { libraryQuery } from '../../data/library-queries.ts';
import './library.css';

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

function LibraryItem({ entry }: { entry: LibraryEntry }) {
  const linkClick = useLinkClick();
  return (
    <li className="library-item">
      <h2 className="library-item-title">
        <a href={formatRoute({ articleId: entry.id }, BASE_PATH)} onClick={linkClick}>
          {entry.title}
        </a>
      </h2>
      <p className="library-item-byline">
        {entry.outlet} · <time dateTime={entry.published}>{formatLongDate(entry.published)}</time>
      </p>
      <p className="library-item-claims">
        {plural(entry.claims, 'claim')}
        {entry.claims > 0 && `, ${entry.claimsDiffering} with sources that differ`}
      </p>
      {/* A plain link: the Studio is a page of its own, and none of its code loads here. */}
      <p className="library-item-edit">
        <a href={studioAddress({ articleId: entry.id }, BASE_PATH)} aria-label={`Edit in Studio: ${entry.title}`}>
          Edit in Studio
        </a>
      </p>
    </li>
  );
}

/**
 * Every published article, newest first, filtered as the reader types. The page holds the first screen;
 * the whole index loads once, when the reader searches or asks for the rest.
 */
export function Library({ firstScreen }: { firstScreen: LibraryIndex }) {
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [wantAll, setWantAll] = useState(false);
  const searchId = useId();
  const partial = firstScreen.total > firstScreen.articles.length;
  const all = useQuery({ ...libraryQuery(), enabled: partial && (wantAll || showAll || query !== '') });
  const entries = (all.data ?? firstScreen).articles;
  const matching = query.trim() === '' ? entries : entries.filter((entry) => matchesQuery(entry, query));
  const shown = query.trim() === '' && !showAll ? matching.slice(0, firstScreen.articles.length) : matching;

  // The same title and description the build wrote for this page.
  const { title, description } = libraryPageMeta(firstScreen, BASE_PATH);
  useEffect(() => {
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [title, description]);

  const status =
    query.trim() === ''
      ? `${plural(firstScreen.total, 'article')}, newest first.`
      : all.isFetching && !all.data
        ? 'Searching every article…'
        : `${plural(matching.length, 'article')} of ${firstScreen.total} match “${query.trim()}”.`;

  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">Articles where sources disagree</h1>
      <div role="search" className="library-search">
        <label htmlFor={searchId}>Search titles, outlets and sources</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          onFocus={() => setWantAll(true)}
        />
      </div>
      <p className="library-status" role="status">
        {status}
      </p>
      {all.error && <p className="library-problem">Only the newest articles could be searched: the full list did not load.</p>}
      <ol className="library-list">
        {shown.map((entry) => (
          <LibraryItem key={entry.id} entry={entry} />
        ))}
      </ol>
      {query.trim() === '' && !showAll && partial && (
        <button type="button" className="library-more" onClick={() => setShowAll(true)}>
          Show all {firstScreen.total} articles
        </button>
      )}
    </section>
  );
}
