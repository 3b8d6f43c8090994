import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { memo, startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatLongDate } from '../../core/format-date.ts';
import { libraryPageMeta, librarySearch, type LibraryEntry, type LibraryIndex } from '../../core/library.ts';
import { studioAddress } from '../../core/studio-address.ts';
import { formatRoute } from '../../core/url-state.ts';
import { afterPaint } from '../../lib/after-paint.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { useLinkClick } from '../../lib/link-click.ts';
import { libraryPageQuery } from '../../data/library-queries.ts';
import './library.css';

// NOTE: one formatter for every number: `toLocaleString` builds a new one each call, a cost on every keystroke.
const numbers = new Intl.NumberFormat('en');
const count = (n: number) => numbers.format(n);
const plural = (n: number, word: string, words = `${word}s`) => `${count(n)} ${n === 1 ? word : words}`;

/** One article's line. Memoised: while the reader types, the lines that still match are not drawn again. */
const LibraryItem = memo(function LibraryItem({ entry }: { entry: LibraryEntry }) {
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
});

/**
 * Every published article, newest first, filtered as the reader types. The page holds the first screen; the
 * later pages of the index load side by side, once, when the reader searches or asks for more, and matches
 * show as each arrives. However many match, a screenful is drawn at a time, so a keystroke stays cheap.
 */
export function Library({ firstScreen }: { firstScreen: LibraryIndex }) {
  const [query, setQuery] = useState('');
  const [wantAll, setWantAll] = useState(false);
  const step = Math.max(1, firstScreen.articles.length);
  const [limit, setLimit] = useState(step);
  const searchId = useId();
  const box = useRef<HTMLInputElement>(null);
  const pending = useRef<() => void>(undefined);
  // NOTE: the box is the browser's own (uncontrolled) and the list follows it once the keystroke's frame is
  // painted, in a transition: that frame draws the letter typed with no React render at all, and the matches
  // are drawn in the frames after it, in a render that the next keystroke may interrupt.
  const follow = useCallback(
    (value: string) => {
      pending.current?.();
      pending.current = afterPaint(() =>
        startTransition(() => {
          setQuery(value);
          setLimit(step);
        }),
      );
    },
    [step],
  );
  useEffect(() => () => pending.current?.(), []);
  // Words typed before the page's code started are searched for as soon as it has.
  useEffect(() => {
    if (box.current?.value) follow(box.current.value);
  }, [follow]);

  const laterPages = useMemo(() => Array.from({ length: firstScreen.pages - 1 }, (_, i) => i + 2), [firstScreen.pages]);
  // NOTE: `combine` runs again only when a page's query changes, so `entries` keeps its identity between keystrokes.
  const combine = useCallback(
    (results: UseQueryResult<LibraryIndex>[]) => ({
      entries: [firstScreen.articles, ...results.map((r) => r.data?.articles ?? [])].flat(),
      complete: results.every((r) => r.data !== undefined),
      failed: results.some((r) => r.isError),
    }),
    [firstScreen],
  );
  const { entries, complete, failed } = useQueries({
    queries: laterPages.map((page) => ({ ...libraryPageQuery(page), enabled: wantAll })),
    combine,
  });
  const search = useMemo(() => librarySearch(entries), [entries]);
  const words = query.trim();
  const matching = useMemo(() => search(words), [search, words]);
  const shown = useMemo(() => matching.slice(0, limit), [matching, limit]);
  const more = words === '' ? firstScreen.total - shown.length : matching.length - shown.length;

  // The same title and description the build wrote for this page.
  const { title, description } = useMemo(() => libraryPageMeta(firstScreen, BASE_PATH), [firstScreen]);
  useEffect(() => {
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [title, description]);

  const firstOnly = more > 0 ? ` Showing the first ${count(shown.length)}.` : '';
  const status =
    words === ''
      ? `${plural(firstScreen.total, 'article')}, newest first.${firstOnly}`
      : !complete && !failed
        ? `Searching every article… ${plural(matching.length, 'match', 'matches')} so far.`
        : `${plural(matching.length, 'article')} of ${count(firstScreen.total)} match “${words}”.${firstOnly}`;

  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">Articles where sources disagree</h1>
      <div role="search" className="library-search">
        <label htmlFor={searchId}>Search titles, outlets and sources</label>
        <input
          id={searchId}
          type="search"
          ref={box}
          defaultValue=""
          autoComplete="off"
          onChange={(event) => follow(event.target.value)}
          onFocus={() => setWantAll(true)}
        />
      </div>
      <p className="library-status" role="status">
        {status}
      </p>
      {failed && <p className="library-problem">Only some articles could be searched: part of the list did not load.</p>}
      <ol className="library-list">
        {shown.map((entry) => (
          <LibraryItem key={entry.id} entry={entry} />
        ))}
      </ol>
      {more > 0 && (
        <button
          type="button"
          className="library-more"
          onClick={() => {
            setWantAll(true);
            setLimit((n) => n + step);
          }}
        >
          Show {plural(Math.min(step, more), 'more article', 'more articles')}
        </button>
      )}
    </section>
  );
}
