import { DataFileError } from '../core/data-problems.ts';
import { FetchError } from '../data/fetch-data-file.ts';

/**
 * A data file that failed, in plain words: a reader is never shown JSON paths. Whoever edits the file gets
 * every detail from `npx tally check`, the build and the Studio.
 */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  if (error instanceof DataFileError) {
    return (
      <div className="load-error" role="alert">
        <h1>This page could not be shown</h1>
        <p>Its data is incomplete or damaged, so Tally cannot show it without risking showing something wrong.</p>
        <p>
          If you look after this site: run <code>npx tally check {error.file.replace(/^data\//, 'public/data/')}</code> to see
          what to fix.
        </p>
      </div>
    );
  }
  return (
    <div className="load-error" role="alert">
      <h1>The article could not be loaded</h1>
      <p>{error instanceof FetchError ? error.message : `Something went wrong: ${error.message}`}.</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
