// The article's figures as data for researchers: one row per report with every dimension, as CSV or JSON.
import type { ReadableArticle } from './readable-article.ts';
import { reportKey } from './readable-article.ts';

export const EXPORT_COLUMNS = [
  'article_id',
  'article_title',
  'outlet',
  'published',
  'claim_id',
  'claim_title',
  'question',
  'report_id',
  'source_ids',
  'sources',
  'source_roles',
  'quote',
  'quote_start',
  'quote_end',
  'figure_words',
  'qualifier',
  'value',
  'low',
  'high',
  'measure',
  'counts',
  'who_words',
  'who_group',
  'window',
  'window_words',
  'window_from',
  'window_to',
  'place',
  'place_level',
  'via',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type FigureRow = Record<ExportColumn, string | number | null>;

/** Every report of every claim, anchored or not; `quote_start`/`quote_end` are null for orphans. */
export function figureRows(readable: ReadableArticle): FigureRow[] {
  const { article, sourcesById } = readable;
  return readable.claims.flatMap((claim) =>
    claim.reports.map((report): FigureRow => {
      const sources = report.sourceIds.map((id) => sourcesById.get(id));
      const range = readable.ranges.get(reportKey(claim.id, report.id));
      const { figure, window, place } = report;
      return {
        article_id: article.id,
        article_title: article.title,
        outlet: article.outlet.name,
        published: article.published,
        claim_id: claim.id,
        claim_title: claim.title,
        question: claim.question,
        report_id: report.id,
        source_ids: report.sourceIds.join('; '),
        sources: sources.map((s) => s?.name ?? '').join('; '),
        source_roles: sources.map((s) => s?.description ?? 'not stated').join('; '),
        quote: report.quote.exact,
        quote_start: range?.start ?? null,
        quote_end: range?.end ?? null,
        figure_words: figure?.words ?? null,
        qualifier: figure?.qualifier ?? null,
        value: figure?.value ?? null,
        low: figure?.low ?? null,
        high: figure?.high ?? null,
        measure: figure?.measure ?? null,
        counts: figure?.counts ?? null,
        who_words: figure?.who?.words ?? null,
        who_group: figure?.who?.group ?? null,
        window: window?.label ?? null,
        window_words: window?.words ?? null,
        window_from: window?.from ?? null,
        window_to: window?.to ?? null,
        place: place?.words ?? null,
        place_level: place?.level ?? null,
        via: report.via?.map((step) => step.words).join(' → ') ?? null,
      };
    }),
  );
}

/** RFC 4180 CSV. Text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function toCsv(rows: readonly FigureRow[]): string {
  const cell = (value: string | number | null) => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [EXPORT_COLUMNS.join(','), ...rows.map((row) => EXPORT_COLUMNS.map((column) => cell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(readable: ReadableArticle): string {
  const { article } = readable;
  return `${JSON.stringify(
    {
      article: { id: article.id, title: article.title, outlet: article.outlet.name, published: article.published },
      columns: EXPORT_COLUMNS,
      reports: figureRows(readable),
    },
    null,
    2,
  )}\n`;
}
