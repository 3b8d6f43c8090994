import { formatRoute } from '../core/url-state.ts';
import { BASE_PATH } from '../lib/base-path.ts';
import { useLinkClick } from '../lib/link-click.ts';

/** For a path Tally has no page for: say so, and offer the way back to the library. */
export function PageNotFound({ what }: { what: string }) {
  const open = useLinkClick();
  return (
    <div className="page-not-found" role="alert">
      <h1>Page not found</h1>
      <p>{what}</p>
      <p>
        <a href={formatRoute({}, BASE_PATH)} onClick={open}>
          Go to the library of articles
        </a>
      </p>
    </div>
  );
}
