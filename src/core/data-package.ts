// The Frictionless Data Package descriptor that comes with the research table, so that the CSV and JSON
// load typed into pandas, R or a spreadsheet; every field's type and meaning comes from RESEARCH_COLUMNS.
import { EXPORT_FILES } from './export-addresses.ts';
import { RESEARCH_COLUMNS } from './research-table.ts';

export interface DataPackageInfo {
  /** Lower-case letters, digits, "-", "_" and "." only: "tally-aleppo-2016-09-23". */
  name: string;
  title: string;
  description: string;
  /** Tally's page for what the table covers. */
  homepage: string;
  /** Where the articles came from: their original web addresses, when stated. */
  sources: { title: string; path?: string }[];
}

/** The table's Table Schema: one field per column, in order; (article_id, claim_id, report_id) is unique. */
export function tableSchema() {
  return {
    fields: RESEARCH_COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
    missingValues: [''],
    primaryKey: ['article_id', 'claim_id', 'report_id'],
  };
}

export function dataPackage(info: DataPackageInfo) {
  const schema = tableSchema();
  return {
    profile: 'tabular-data-package',
    name: info.name,
    title: info.title,
    description: info.description,
    homepage: info.homepage,
    keywords: ['Tally', 'news', 'sources', 'figures', 'claims'],
    sources: info.sources,
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'reports',
        title: 'One row per report (CSV)',
        description:
          'RFC 4180 CSV in UTF-8 with CRLF line ends. An empty cell means the article does not state it (or, for the counting rules, that they do not apply). Text cells that begin with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe so that spreadsheets do not run them as formulas.',
        path: EXPORT_FILES.csv,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema,
      },
      {
        profile: 'tabular-data-resource',
        name: 'reports-json',
        title: 'One row per report (JSON)',
        description: 'The same table as a JSON array of objects, one per row, with null where the CSV has an empty cell and text as it is (no apostrophes).',
        path: EXPORT_FILES.json,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema,
      },
    ],
  };
}
