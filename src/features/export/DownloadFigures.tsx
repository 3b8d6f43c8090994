import type { ReadableArticle } from '../../core/readable-article.ts';

// The export code is only needed when someone downloads: it loads then.
const exportCode = () => import('../../core/figures-export.ts');

function download(fileName: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The article's figures as data: one row per report with every dimension, as CSV or JSON. */
export function DownloadFigures({ readable }: { readable: ReadableArticle }) {
  const base = `tally-${readable.article.id}-figures`;
  return (
    <section className="download-figures" aria-labelledby="download-figures-title">
      <h2 id="download-figures-title">The figures as data</h2>
      <p className="list-meta">One row per report, with source, figure, qualifier, who is counted, hours, place and chain.</p>
      <div className="download-buttons">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void exportCode().then(({ figureRows, toCsv }) => download(`${base}.csv`, 'text/csv;charset=utf-8', toCsv(figureRows(readable))))}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void exportCode().then(({ toJson }) => download(`${base}.json`, 'application/json', toJson(readable)))}
        >
          Download JSON
        </button>
      </div>
    </section>
  );
}
