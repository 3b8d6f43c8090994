import { exportPath, exportsPagePath } from '../../core/export-addresses.ts';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { BASE_PATH } from '../../lib/base-path.ts';

/**
 * The article's figures as data. The files are written at build time at stable addresses, so a download
 * is a plain link to them: the same bytes as `curl` gets, and no export code in the reader at all.
 */
export function DownloadFigures({ readable }: { readable: ReadableArticle }) {
  const { id } = readable.article;
  return (
    <section className="download-figures" aria-labelledby="download-figures-title">
      <h2 id="download-figures-title">The figures as data</h2>
      <p className="list-meta">One row per report, with source, figure, qualifier, who is counted, hours, place and chain.</p>
      <div className="download-buttons">
        <a className="button button--quiet" href={exportPath('csv', id, BASE_PATH)} download={`tally-${id}-reports.csv`}>
          Download CSV
        </a>
        <a className="button button--quiet" href={exportPath('json', id, BASE_PATH)} download={`tally-${id}-reports.json`}>
          Download JSON
        </a>
      </div>
      <p className="list-meta">
        <a href={exportsPagePath(BASE_PATH)}>All exports</a>: W3C Web Annotations, a file for Hypothesis, and the table’s Data Package.
      </p>
    </section>
  );
}
