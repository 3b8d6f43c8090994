import type { Report } from '../../core/schema.ts';
import { silences, summariseFigures, whatDiffers, type ArticleContext } from '../../core/what-differs.ts';

interface WhatDiffersProps {
  reports: readonly Report[];
  context: ArticleContext;
  nameOf: (report: Report) => string;
}

/** The figures in a sentence, then only the dimensions that at least two reports state differently. */
export function WhatDiffers({ reports, context, nameOf }: WhatDiffersProps) {
  const rows = whatDiffers(reports, context);
  const summary = summariseFigures(reports, context);
  // For figures the summary already says what goes unstated; statements have no summary, so say it here.
  const silent = summary ? [] : silences(reports, context);
  if (reports.length < 2) return null;
  const byId = new Map(reports.map((report) => [report.id, report]));
  return (
    <div role="group" className="what-differs" aria-labelledby="what-differs-title">
      <h3 id="what-differs-title">What differs</h3>
      {summary && <p className="what-differs-summary">{summary}</p>}
      {silent.length > 0 && <p className="what-differs-summary">The article gives {silent.join('; ')}.</p>}
      {rows.length === 0 && !summary && <p className="what-differs-summary">Nothing that two of them state differs.</p>}
      {rows.length > 0 && (
        <dl>
          {rows.map((row) => (
            <div key={row.key} className="what-differs-row">
              <dt>{row.label}</dt>
              <dd>
                <ul>
                  {row.values.map((value) => (
                    <li key={value.reportId} className={value.stated ? 'chip' : 'chip chip--unstated'}>
                      <span className="chip-source">{nameOf(byId.get(value.reportId)!)}:</span> {value.text}
                    </li>
                  ))}
                </ul>
                {row.note && <p className="what-differs-note">{row.note}</p>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
