import { DataFileError, describeProblem } from '../core/parse-article-file.ts';
import { FetchError } from '../data/fetch-data-file.ts';

/** A data file that failed: which file, what went wrong, and a way to try again where that can help. */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  if (error instanceof DataFileError) {
    return (
      <div className="load-error" role="alert">
        <h1>Tally could not read {error.file}</h1>
        <p>The file is not in the expected format:</p>
        <ul>
          {error.problems.slice(0, 10).map((problem, i) => (
            <li key={i}>{describeProblem(problem)}</li>
          ))}
        </ul>
        {error.problems.length > 10 && <p>…and {error.problems.length - 10} more problems.</p>}
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
