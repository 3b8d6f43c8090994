import { reportsOfSource } from '../../core/describe-claim.ts';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH, useLinkClick } from '../../lib/location.ts';
import { Disclosure } from '../../ui/Disclosure.tsx';
import './sources.css';

/** Everyone the article cites; choosing one opens their card and marks their words in the text. */
export function SourcesList({ readable, openSourceId }: { readable: ReadableArticle; openSourceId: string | undefined }) {
  const linkClick = useLinkClick();
  const sources = [...readable.sourcesById.values()];
  return (
    <Disclosure id="sources-list" title="Sources" count={sources.length} className="sources-list">
      <ul>
        {sources.map((source) => {
          const count = reportsOfSource(readable.claims, source.id).length;
          return (
            <li key={source.id}>
              <a
                href={formatRoute({ articleId: readable.article.id, sourceId: source.id }, BASE_PATH)}
                onClick={linkClick}
                aria-current={source.id === openSourceId ? 'true' : undefined}
                data-panel-opener=""
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
    </Disclosure>
  );
}
