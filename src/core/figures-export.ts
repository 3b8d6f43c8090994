// The article's figures as data for researchers: one row per report with every dimension, as CSV or JSON.
// Columns whose names begin `tally_` hold Tally's readings of the article's words, never the article's own words.
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
  'recorded',
  'part_of',
  'tally_low',
  'tally_high',
  'tally_kind',
  'tally_unit',
  'tally_counts',
  'who_words',
  'tally_who_group',
  'window',
  'window_words',
  'tally_window_from',
  'tally_window_to',
  'place_words',
  'place_id',
  'place_name',
  'place_level',
  'via',
] as const;

/** What the `tally_` columns are, for the JSON export and the README. */
export const READINGS_NOTE =
  'Columns beginning tally_ are Tally’s readings of the article’s words (ranges read into vague words, kinds, units, groups, clock hours), not the article’s own words.';

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
      const placeRecord = place && readable.placesById.get(place.placeId);
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
        recorded: figure?.recorded ?? null,
        part_of: report.partOf ?? null,
        tally_low: figure?.low ?? null,
        tally_high: figure?.high ?? null,
        tally_kind: figure?.kind ?? null,
        tally_unit: figure?.unit ?? null,
        tally_counts: figure?.counts ?? null,
        who_words: figure?.who?.words ?? null,
        tally_who_group: figure?.who?.group ?? null,
        window: window?.label ?? null,
        window_words: window?.words ?? null,
        tally_window_from: window?.from ?? null,
        tally_window_to: window?.to ?? null,
        place_words: place?.words ?? null,
        place_id: place?.placeId ?? null,
        place_name: placeRecord?.name ?? null,
        place_level: placeRecord?.level ?? null,
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
      readings: READINGS_NOTE,
      reports: figureRows(readable),
    },
    null,
    2,
  )}\n`;
}
