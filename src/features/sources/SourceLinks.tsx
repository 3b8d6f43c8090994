// The entries of the list of sources: drawn from the panels' chunk, loaded on the reader's intent (the
// prerendered entries stay on the page until then).
import { memo, useMemo } from 'react';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { useLinkClick } from '../../lib/link-click.ts';
import { sourceLinkAttributes } from '../../lib/page-contract.ts';

/** How many reports each source makes, alone or jointly. */
function reportCounts(readable: ReadableArticle): Map<string, number> {
  const counts = new Map<string, number>();
  for (const claim of readable.claims) {
    for (const report of claim.reports) for (const id of report.sourceIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Everyone the article cites; choosing one opens their card and marks their words in the text. */
export const SourceLinks = memo(function SourceLinks({ readable, openSourceId }: { readable: ReadableArticle; openSourceId: string | undefined }) {
  const linkClick = useLinkClick();
  const counts = useMemo(() => reportCounts(readable), [readable]);
  const sources = [...readable.sourcesById.values()];
  return (
    <ul>
      {sources.map((source) => {
        const count = counts.get(source.id) ?? 0;
        return (
          <li key={source.id}>
            <a
              href={formatRoute({ articleId: readable.article.id, sourceId: source.id }, BASE_PATH)}
              onClick={linkClick}
              aria-current={source.id === openSourceId ? 'true' : undefined}
              {...sourceLinkAttributes(source.id)}
            >
              {source.name}
            </a>{' '}
            <span className="list-meta">
              {count} {count === 1 ? 'report' : 'reports'}
            </span>
          </li>
        );
      })}
    </ul>
  );
});
