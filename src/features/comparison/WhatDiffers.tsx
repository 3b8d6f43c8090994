import type { Report } from '../../core/schema.ts';
import { rangeSummary, whatDiffers } from '../../core/what-differs.ts';

/** The spread in one sentence, then only the dimensions on which the reports part ways. */
export function WhatDiffers({ reports, nameOf }: { reports: readonly Report[]; nameOf: (report: Report) => string }) {
  const rows = whatDiffers(reports);
  const summary = rangeSummary(reports);
  if (rows.length === 0 && !summary) return null;
  const byId = new Map(reports.map((report) => [report.id, report]));
  return (
    <div role="group" className="what-differs" aria-labelledby="what-differs-title">
      <h3 id="what-differs-title">What differs</h3>
      {summary && <p className="what-differs-summary">{summary}</p>}
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
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
