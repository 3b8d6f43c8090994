import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataPackage, tableSchema } from '../../src/core/data-package.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { COLUMN_NAMES, reportsFromRows, researchRows, toCsv, toJson, type ResearchRow } from '../../src/core/research-table.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

const vendor = join(dirname(fileURLToPath(import.meta.url)), '../vendor/frictionless');
const profile = (name: string) => JSON.parse(readFileSync(join(vendor, name), 'utf8')) as object;

const site = { url: 'https://tally.example', base: '/' };
const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));
const rows = researchRows(readable, site);
const reports = readable.claims.flatMap((claim) => claim.reports.map((report) => ({ claimId: claim.id, report })));
const descriptor = dataPackage({
  name: 'tally-aleppo-2016-09-23',
  title: readable.article.title,
  description: 'Every report in the article, one row each.',
  homepage: 'https://tally.example/aleppo-2016-09-23/',
  sources: [{ title: 'RFE/RL' }],
});
type Field = { name: string; type: string };
const fields = tableSchema().fields as Field[];

describe('the research table', () => {
  it('carries the article’s byline word for word, and leaves it empty where the article states none', () => {
    expect(new Set(rows.map((r) => r.article_credit))).toEqual(new Set(['With reporting by Reuters, AP, AFP, dpa, and TASS']));
    const pack = aleppoJson() as { article: { credit?: string } };
    delete pack.article.credit;
    const uncredited = researchRows(readableArticle(parseArticleFile(pack, ARTICLE_FILE)), site);
    expect(uncredited.every((r) => r.article_credit === null)).toBe(true);
    // Last, so that no earlier column moved when it was added.
    expect(toCsv(uncredited).split('\n')[0]).toMatch(/,tally_url,article_credit\r?$/);
  });

  it('has one row per report with the counting-rule lenses per claim', () => {
    expect(rows).toHaveLength(reports.length);
    const hospital = rows.find((r) => r.claim_id === 'death-toll' && r.report_id === 'hospital')!;
    expect(hospital).toMatchObject({
      sources: 'Hamza al-Khatib',
      source_descriptions: 'head of a hospital in rebel-held eastern Aleppo',
      figure_words: '91',
      qualifier: 'exact',
      value: 91,
      tally_reading_low: 91,
      tally_reading_high: 91,
      counting_rules_apply: true,
      // The comparison model's rival totals: the hospital's 91 and the article's own "dozens" (SOHR's civilians
      // are a part, the forensic count a floor); ACLED records "dozens" as 12, UCDP leaves vague words out.
      ucdp_style_low: 91,
      ucdp_style_best: null,
      ucdp_style_high: 91,
      acled_style_conservative: 12,
      window_words: null,
      chain: 'said that',
    });
    expect(hospital.acled_style_rule).toMatch(/^Most conservative \(ACLED\): /);
    expect(hospital.ucdp_style_notes).toMatch(/UCDP’s coders/);
    const sohr = rows.find((r) => r.report_id === 'sohr' && r.claim_id === 'death-toll')!;
    // "At least" has no upper bound: Tally's reading is open-ended, never a made-up number.
    expect(sohr).toMatchObject({ tally_reading_low: 27, tally_reading_high: null, tally_reading: '27 or more' });
    const statement = rows.find((r) => r.claim_kind === 'statement')!;
    expect(statement).toMatchObject({ counting_rules_apply: false, ucdp_style_best: null, figure_words: null });
  });

  it('writes RFC 4180 CSV that reads back to the same cells', () => {
    const csv = toCsv(rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parse(csv);
    expect(records[0]).toEqual(COLUMN_NAMES);
    expect(records).toHaveLength(rows.length + 1);
    records.slice(1).forEach((record, i) => {
      expect(record).toEqual(COLUMN_NAMES.map((name) => (rows[i]![name] === null ? '' : String(rows[i]![name]))));
    });
  });

  it('keeps spreadsheet formulas from running', () => {
    const hostile = rows.slice(0, 1).map((r) => ({ ...r, quote: '=HYPERLINK("x")', tally_counts: '@SUM(A1)', who_words: '-2+3' }));
    const csv = toCsv(hostile);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(`'-2+3`);
  });

  it('offers a row of HXL hashtags under the header', () => {
    const lines = toCsv(rows, { hxl: true }).split('\r\n');
    expect(lines[1]!.split(',').every((tag) => /^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/.test(tag))).toBe(true);
    expect(lines[1]!.split(',')).toHaveLength(COLUMN_NAMES.length);
  });

  it('reads the JSON export back into the same reports', () => {
    const back = reportsFromRows(JSON.parse(toJson(rows)) as ResearchRow[]);
    expect(back).toEqual(reports);
  });

  it('refuses list items that hold the separator, naming the place to fix', () => {
    const json = aleppoJson();
    const claim = json.claims[0] as { reports: { via: { words: string; kind: string }[] }[] };
    claim.reports[0]!.via = [{ words: 'said; then denied', kind: 'said' }];
    const broken = readableArticle(parseArticleFile(json, ARTICLE_FILE));
    expect(() => researchRows(broken, site)).toThrow('aleppo-2016-09-23, claim "death-toll", report "sohr": "said; then denied" contains ";"');
  });
});

describe('the Data Package descriptor', () => {
  it('validates against the Frictionless Data Package profile, and each table schema against the Table Schema profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // The profiles use "textarea" as a hint for editors, not as a format to check.
    ajv.addFormat('textarea', true);
    const validatePackage = ajv.compile(profile('datapackage.json'));
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors)).toBe(true);
    const validateSchema = ajv.compile(profile('tableschema.json'));
    for (const resource of descriptor.resources) {
      expect(validateSchema(resource.schema), JSON.stringify(validateSchema.errors)).toBe(true);
    }
  });

  it('is a tabular package: every resource has a path, a format, a schema and (for CSV) its dialect', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    for (const resource of descriptor.resources) {
      expect(resource.profile).toBe('tabular-data-resource');
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.schema.fields.length).toBeGreaterThan(0);
    }
    const csv = descriptor.resources.find((r) => r.format === 'csv')!;
    expect(csv).toMatchObject({ path: 'reports.csv', encoding: 'utf-8', dialect: { delimiter: ',', header: true, lineTerminator: '\r\n' } });
    expect(descriptor.resources.find((r) => r.format === 'json')!.path).toBe('reports.json');
  });

  it('describes every column, in the CSV’s order, with a type and a meaning', () => {
    expect(fields.map((f) => f.name)).toEqual(COLUMN_NAMES);
    for (const field of tableSchema().fields) {
      expect(['string', 'integer', 'number', 'boolean', 'date']).toContain(field.type);
      expect(field.description.length).toBeGreaterThan(10);
    }
  });

  it('matches the CSV column by column: every cell is missing ("") or a value of its column’s type', () => {
    const records = parse(toCsv(rows));
    const [header, ...body] = records;
    expect(header).toEqual(fields.map((f) => f.name));
    const fits: Record<string, (cell: string) => boolean> = {
      string: () => true,
      integer: (c) => /^-?\d+$/.test(c),
      number: (c) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(c),
      boolean: (c) => c === 'true' || c === 'false',
      date: (c) => /^\d{4}-\d{2}-\d{2}$/.test(c) && !Number.isNaN(Date.parse(c)),
    };
    const typed: Record<string, number> = {};
    for (const record of body) {
      expect(record).toHaveLength(fields.length);
      record.forEach((cell, i) => {
        const field = fields[i]!;
        if (cell === '') return;
        expect(fits[field.type]!(cell), `${field.name} = "${cell}" is not a ${field.type}`).toBe(true);
        typed[field.type] = (typed[field.type] ?? 0) + 1;
      });
    }
    // Every kind of column actually occurs, so the check is not vacuous.
    expect(Object.keys(typed).sort()).toEqual(['boolean', 'date', 'integer', 'number', 'string']);
    const keys = body.map((r) => ['article_id', 'claim_id', 'report_id'].map((k) => r[header!.indexOf(k)]).join('/'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches the JSON rows with JSON types', () => {
    const json = JSON.parse(toJson(rows)) as Record<string, unknown>[];
    const jsonType: Record<string, string> = { string: 'string', date: 'string', integer: 'number', number: 'number', boolean: 'boolean' };
    for (const row of json) {
      expect(Object.keys(row)).toEqual(COLUMN_NAMES);
      for (const field of fields) {
        const value = row[field.name];
        if (value === null) continue;
        expect(typeof value, field.name).toBe(jsonType[field.type]);
        if (field.type === 'integer') expect(Number.isInteger(value)).toBe(true);
      }
    }
  });
});
