// The research table: one row per report, with every dimension Tally records and the counting-rule lenses
// per claim, as CSV (RFC 4180) and JSON. Each column is declared once here, with its type and meaning,
// and the Frictionless Data Package descriptor is generated from the same declarations.
import { articleOrigin } from './article-origin.ts';
import { claimLenses, type ClaimLenses } from './counting-lens.ts';
import { sourceNames } from './describe-claim.ts';
import { describeReading, figureBounds } from './figure-bounds.ts';
import { pageUrl, type ExportSite } from './export-addresses.ts';
import { quotePlacer } from './placed-quote.ts';
import type { ReadableArticle } from './readable-article.ts';
import * as v from 'valibot';
import { ReportSchema, type Claim, type Report } from './schema.ts';

export type Cell = string | number | boolean | null;
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** Lists in one cell (source ids, chain steps, wider places) are joined by this. */
export const LIST_SEPARATOR = '; ';
/** The steps of a chain, in the order the article gives them. */
export const CHAIN_SEPARATOR = ' → ';

interface RowContext {
  readable: ReadableArticle;
  claim: Claim;
  report: Report;
  lenses: ClaimLenses | undefined;
  /** Where the quote sits, in code points; undefined for an orphan. */
  position: { start: number; end: number } | undefined;
  site: ExportSite;
}

export interface Column<N extends string = string> {
  name: N;
  type: FieldType;
  /** What the column holds, for the Data Package and the docs. */
  description: string;
  /** A Humanitarian Exchange Language hashtag, for the optional HXL row. */
  hxl: string;
  cell: (row: RowContext) => Cell;
}

function column<N extends string>(name: N, type: FieldType, hxl: string, description: string, cell: (row: RowContext) => Cell): Column<N> {
  return { name, type, hxl, description, cell };
}

const joined = (items: readonly string[] | undefined, separator = LIST_SEPARATOR) => (items && items.length > 0 ? items.join(separator) : null);
const reading = (row: RowContext) => (row.report.figure ? figureBounds(row.report.figure) : undefined);
const placeOf = (row: RowContext) => (row.report.place ? row.readable.placesById.get(row.report.place.placeId) : undefined);
const finite = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? null : n);
const TALLYS = 'Tally’s reading, not the article’s words: ';

export const RESEARCH_COLUMNS = [
  column('article_id', 'string', '#meta+article+id', 'The article’s id on Tally.', (r) => r.readable.article.id),
  column('article_title', 'string', '#meta+article+title', 'The article’s headline.', (r) => r.readable.article.title),
  column('outlet', 'string', '#org+outlet', 'The outlet that published the article.', (r) => r.readable.article.outlet.name),
  column('published', 'date', '#date+published', 'The day the article was published (YYYY-MM-DD).', (r) => r.readable.article.published),
  column('article_url', 'string', '#meta+url', 'The article’s original web address, as its pack records it; empty when not stated.', (r) => articleOrigin(r.readable.article)?.url ?? null),
  column('article_retrieved', 'date', '#date+retrieved', 'The day the article’s text was taken from that address; empty when not stated.', (r) => articleOrigin(r.readable.article)?.retrieved ?? null),
  column('article_text_sha256', 'string', '#meta+text+sha256', 'SHA-256 of the article’s text (its blocks joined by "\\n\\n"), the text the positions count in; empty when not stated.', (r) => articleOrigin(r.readable.article)?.textSha256 ?? null),
  column('claim_id', 'string', '#meta+claim+id', 'The claim’s id: one question the article’s sources answer.', (r) => r.claim.id),
  column('claim_title', 'string', '#description+claim', 'The claim’s short name, in Tally’s words.', (r) => r.claim.title),
  column('claim_question', 'string', '#description+question', 'The claim as a question, in Tally’s words.', (r) => r.claim.question),
  column('claim_kind', 'string', '#meta+claim+type', '"figure" (the reports give numbers) or "statement".', (r) => r.claim.kind),
  column('claim_note', 'string', '#description+note+tally', 'Context added by Tally’s editors; empty when there is none.', (r) => r.claim.note ?? null),
  column('counting_rules_apply', 'boolean', '#meta+rules', 'Whether the recorders’ counting rules apply to the claim: two or more rival figures of one measure over overlapping ground. Same in every row of a claim.', (r) => r.lenses !== undefined),
  column('ucdp_style_low', 'number', '#affected+num+low+ucdp_style', 'Per claim, UCDP-style low estimate: the lowest figure the rule can use; empty where the rules do not apply.', (r) => r.lenses?.lowBestHigh.low ?? null),
  column('ucdp_style_best', 'number', '#affected+num+best+ucdp_style', 'Per claim, UCDP-style best estimate: always empty, because UCDP’s coders choose the best from the sources they judge most reliable and Tally does not judge sources; see ucdp_style_rule.', () => null),
  column('ucdp_style_high', 'number', '#affected+num+high+ucdp_style', 'Per claim, UCDP-style high estimate: the highest figure the rule can use.', (r) => r.lenses?.lowBestHigh.high ?? null),
  column('ucdp_style_notes', 'string', '#description+ucdp_style', 'Which reports the low, best and high figures come from; where the reports describe what they count in different words, that the rule takes them as one thing, which Tally does not judge.', (r) => r.lenses?.lowBestHigh.notes ?? null),
  column('ucdp_style_rule', 'string', '#meta+rule+ucdp_style', 'The rule applied, named and stated.', (r) => r.lenses?.lowBestHigh.rule ?? null),
  column('acled_style_conservative', 'number', '#affected+num+acled_style', 'Per claim, the ACLED-style most conservative figure among the reports.', (r) => r.lenses?.conservative.low ?? null),
  column('acled_style_notes', 'string', '#description+acled_style', 'Which report the conservative figure comes from; where the reports describe what they count in different words, that the rule takes them as one thing, which Tally does not judge.', (r) => r.lenses?.conservative.notes ?? null),
  column('acled_style_rule', 'string', '#meta+rule+acled_style', 'The rule applied, named and stated.', (r) => r.lenses?.conservative.rule ?? null),
  column('report_id', 'string', '#meta+report+id', 'The report’s id within its claim; (claim_id, report_id) is unique in an article.', (r) => r.report.id),
  column('source_ids', 'string', '#meta+source+id', `The ids of the sources the report is credited to, joined by "${LIST_SEPARATOR}".`, (r) => r.report.sourceIds.join(LIST_SEPARATOR)),
  column('sources', 'string', '#org+source+name', 'The sources, by name.', (r) => sourceNames(r.report.sourceIds, r.readable.sourcesById, 'name')),
  column('source_descriptions', 'string', '#org+source+description', `Who each source is, in the article’s words, joined by "${LIST_SEPARATOR}"; "not stated" where the article does not say.`, (r) =>
    r.report.sourceIds.map((id) => r.readable.sourcesById.get(id)?.description ?? 'not stated').join(LIST_SEPARATOR),
  ),
  column('quote', 'string', '#description+quote', 'The article’s words the report rests on, exactly.', (r) => r.report.quote.exact),
  column('quote_prefix', 'string', '#description+quote+prefix', 'Words just before the quote, as the pack gives them to single it out; empty when not needed.', (r) => r.report.quote.prefix ?? null),
  column('quote_suffix', 'string', '#description+quote+suffix', 'Words just after the quote, as the pack gives them; empty when not needed.', (r) => r.report.quote.suffix ?? null),
  column('quote_start', 'integer', '#meta+quote+start', 'Where the quote starts in the article’s text, counted in Unicode code points from 0, the text being its blocks joined by a blank line ("\\n\\n"). Empty when the quote could not be placed.', (r) => r.position?.start ?? null),
  column('quote_end', 'integer', '#meta+quote+end', 'Where the quote ends (exclusive), in code points, on the same convention.', (r) => r.position?.end ?? null),
  column('figure_words', 'string', '#description+figure', 'The figure as the article words it ("at least 27", "dozens"); empty for a statement.', (r) => r.report.figure?.words ?? null),
  column('qualifier', 'string', '#meta+qualifier', 'How the figure is hedged: exact (the words carry no qualifier, such as “said 18,000”; not a claim that the figure is exact), at-least, as-many-as, about, vague or may-have.', (r) => r.report.figure?.qualifier ?? null),
  column('value', 'number', '#indicator+value+num', 'The number the source gave; empty for vague words such as "dozens".', (r) => r.report.figure?.value ?? null),
  column('tally_reading_low', 'number', '#indicator+value+low+tally', `${TALLYS}the lowest number the figure’s words allow.`, (r) => finite(reading(r)?.low)),
  column('tally_reading_high', 'number', '#indicator+value+high+tally', `${TALLYS}the highest number the words allow; empty when open-ended ("at least").`, (r) => finite(reading(r)?.high)),
  column('tally_reading', 'string', '#description+reading+tally', `${TALLYS}the range in words ("27 or more", "up to 40", or for vague words the range Tally reads into them).`, (r) => (r.report.figure ? describeReading(r.report.figure) : null)),
  column('recorded', 'string', '#meta+recorded', 'The article’s verb when the figure is what a source documented, received, recorded or confirmed (a floor on the whole); empty otherwise.', (r) => r.report.figure?.recorded ?? null),
  column('part_of', 'string', '#meta+part_of', 'The id of the report in the same claim whose total this figure is a part of; empty otherwise.', (r) => r.report.partOf ?? null),
  column('tally_kind', 'string', '#meta+kind+tally', `${TALLYS}the general kind of thing counted, from Tally’s vocabulary.`, (r) => r.report.figure?.kind ?? null),
  column('tally_unit', 'string', '#meta+unit+tally', `${TALLYS}what one of it is ("people", "homes"); for money, the currency code.`, (r) => r.report.figure?.unit ?? null),
  column('tally_counts', 'string', '#description+counts+tally', `${TALLYS}what the figure counts, in a reader’s words close to the article’s.`, (r) => r.report.figure?.counts ?? null),
  column('who_words', 'string', '#description+who', 'Who is counted, in the article’s words; empty when not stated.', (r) => r.report.figure?.who?.words ?? null),
  column('tally_who_group', 'string', '#meta+who+tally', `${TALLYS}who is counted, as a group; empty when not read.`, (r) => r.report.figure?.who?.group ?? null),
  column('window_words', 'string', '#description+window', 'The hours the report covers (or when a statement was made), in the article’s words; empty when not stated.', (r) => r.report.window?.words ?? null),
  column('window_label', 'string', '#description+window+label', 'The same hours, in Tally’s short label.', (r) => r.report.window?.label ?? null),
  column('tally_window_from', 'string', '#date+start+tally', `${TALLYS}when the hours begin, as local clock time (ISO 8601, no time zone); empty when not read.`, (r) => r.report.window?.from ?? null),
  column('tally_window_to', 'string', '#date+end+tally', `${TALLYS}when the hours end; empty when open-ended or not read.`, (r) => r.report.window?.to ?? null),
  column('place_words', 'string', '#loc+name', 'The place, in the article’s words; empty when not stated.', (r) => r.report.place?.words ?? null),
  column('place_id', 'string', '#loc+id', 'The id of the place record the words name, within the article.', (r) => r.report.place?.placeId ?? null),
  column('place_name', 'string', '#loc+name+record', 'The place record’s name, in the article’s words.', (r) => placeOf(r)?.name ?? null),
  column('place_level', 'string', '#loc+type', 'What kind of place, where the article says; empty when not stated.', (r) => placeOf(r)?.level ?? null),
  column('place_within', 'string', '#loc+within', `Ids of the places the article puts this one in, joined by "${LIST_SEPARATOR}".`, (r) => joined(placeOf(r)?.within)),
  column('chain', 'string', '#meta+chain', `How the report reached the article, step by step in the article’s words, joined by "${CHAIN_SEPARATOR}".`, (r) => joined(r.report.via?.map((s) => s.words), CHAIN_SEPARATOR)),
  column('chain_kinds', 'string', '#meta+chain+type', `The kind of each step (said, reported, told, according-to), joined by "${LIST_SEPARATOR}".`, (r) => joined(r.report.via?.map((s) => s.kind))),
  column('chain_to', 'string', '#meta+chain+to', `Whom each step went to, where the article says ("Reuters"), joined by "${LIST_SEPARATOR}"; an empty item where it does not.`, (r) =>
    r.report.via?.some((s) => s.to) ? r.report.via.map((s) => s.to ?? '').join(LIST_SEPARATOR) : null,
  ),
  column('tally_url', 'string', '#meta+url+tally', 'The report’s comparison on Tally.', (r) => pageUrl(r.site, { articleId: r.readable.article.id, claimId: r.claim.id, reportId: r.report.id })),
  // Added after the rest (2026-11-27), last so that no earlier column moves.
  column('article_credit', 'string', '#meta+article+credit', 'The article’s byline or credit line, word for word, as its pack records it; empty when the pack records none.', (r) => r.readable.article.credit ?? null),
] as const;

export type ColumnName = (typeof RESEARCH_COLUMNS)[number]['name'];
export type ResearchRow = Record<ColumnName, Cell>;
export const COLUMN_NAMES: readonly ColumnName[] = RESEARCH_COLUMNS.map((c) => c.name);

/**
 * Every report of every claim, anchored or not, in data order. List items may not contain their separator:
 * the table would no longer say which item is which, so such data is refused with the place to fix it.
 */
export function researchRows(readable: ReadableArticle, site: ExportSite): ResearchRow[] {
  const place = quotePlacer(readable);
  const nameOf = (report: Report) => sourceNames(report.sourceIds, readable.sourcesById);
  return readable.claims.flatMap((claim) => {
    const lenses = claimLenses(claim.reports, readable.placesById, nameOf);
    return claim.reports.map((report) => {
      checkSeparators(readable.article.id, claim.id, report);
      const { position } = place(claim.id, report);
      const context: RowContext = { readable, claim, report, lenses, position, site };
      return Object.fromEntries(RESEARCH_COLUMNS.map((c) => [c.name, c.cell(context)])) as ResearchRow;
    });
  });
}

function checkSeparators(articleId: string, claimId: string, report: Report) {
  const items = [...(report.via?.flatMap((s) => [s.words, s.to ?? '']) ?? [])];
  const bad = items.find((item) => item.includes(LIST_SEPARATOR.trim()) || item.includes(CHAIN_SEPARATOR.trim()));
  if (bad !== undefined) {
    throw new Error(
      `${articleId}, claim "${claimId}", report "${report.id}": "${bad}" contains "${LIST_SEPARATOR.trim()}" or "${CHAIN_SEPARATOR.trim()}", which the research table uses between list items; reword it.`,
    );
  }
}

/** Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice for CSV). */
function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV, UTF-8 without a byte-order mark, CRLF line ends; `hxl` adds a row of HXL hashtags under the header. */
export function toCsv(rows: readonly ResearchRow[], { hxl = false }: { hxl?: boolean } = {}): string {
  const lines = [
    COLUMN_NAMES.join(','),
    ...(hxl ? [RESEARCH_COLUMNS.map((c) => c.hxl).join(',')] : []),
    ...rows.map((row) => COLUMN_NAMES.map((name) => csvCell(row[name])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The same rows as a JSON array of objects, which pandas (`read_json`) and R (`jsonlite`) read as a table. */
export function toJson(rows: readonly ResearchRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * Reads rows of the table (as the JSON export holds them) back into reports, checked against the schema:
 * the table carries everything a report is. NOTE: a figure's low/high are kept only where they are the
 * figure itself (vague words); elsewhere the table holds Tally's reading, which is derived, not stored.
 */
export function reportsFromRows(rows: readonly ResearchRow[]): { claimId: string; report: Report }[] {
  const text = (row: ResearchRow, name: ColumnName) => {
    const value = row[name];
    return value === null ? undefined : String(value);
  };
  const number = (row: ResearchRow, name: ColumnName) => (typeof row[name] === 'number' ? row[name] : undefined);
  const split = (value: string | undefined, separator = LIST_SEPARATOR) => (value === undefined ? undefined : value.split(separator));
  return rows.map((row) => {
    const qualifier = text(row, 'qualifier');
    const chain = split(text(row, 'chain'), CHAIN_SEPARATOR);
    const kinds = split(text(row, 'chain_kinds'));
    const to = split(text(row, 'chain_to'));
    const report = {
      id: text(row, 'report_id'),
      sourceIds: split(text(row, 'source_ids')),
      quote: { type: 'TextQuoteSelector', exact: text(row, 'quote'), prefix: text(row, 'quote_prefix'), suffix: text(row, 'quote_suffix') },
      figure: text(row, 'figure_words') && {
        words: text(row, 'figure_words'),
        qualifier,
        value: number(row, 'value'),
        ...(qualifier === 'vague' && { low: number(row, 'tally_reading_low'), high: number(row, 'tally_reading_high') }),
        kind: text(row, 'tally_kind'),
        unit: text(row, 'tally_unit'),
        counts: text(row, 'tally_counts'),
        who: text(row, 'who_words') && { words: text(row, 'who_words'), group: text(row, 'tally_who_group') },
        recorded: text(row, 'recorded'),
      },
      window: text(row, 'window_words') && {
        words: text(row, 'window_words'),
        label: text(row, 'window_label'),
        from: text(row, 'tally_window_from'),
        to: text(row, 'tally_window_to'),
      },
      place: text(row, 'place_words') && { words: text(row, 'place_words'), placeId: text(row, 'place_id') },
      via: chain?.map((words, i) => ({ words, kind: kinds?.[i], ...(to?.[i] && { to: to[i] }) })),
      partOf: text(row, 'part_of'),
    };
    return { claimId: String(row.claim_id), report: v.parse(ReportSchema, dropUndefined(report)) };
  });
}

/** Valibot's optional keys accept absence, not `undefined` values written out. */
function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, dropUndefined(v)]));
  }
  return value;
}
