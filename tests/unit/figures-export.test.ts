import { describe, expect, it } from 'vitest';
import { claimFiguresLine, reportGist } from '../../src/core/describe-claim.ts';
import { EXPORT_COLUMNS, figureRows, toCsv, toJson } from '../../src/core/figures-export.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));
const reportCount = readable.claims.reduce((n, c) => n + c.reports.length, 0);

describe('figure export', () => {
  it('has one row per report with every dimension', () => {
    const rows = figureRows(readable);
    expect(rows).toHaveLength(reportCount);
    const hospital = rows.find((r) => r.claim_id === 'death-toll' && r.report_id === 'hospital')!;
    expect(hospital).toMatchObject({
      sources: 'Hamza al-Khatib',
      source_roles: 'head of a hospital in rebel-held eastern Aleppo',
      figure_words: '91',
      qualifier: 'exact',
      value: 91,
      tally_kind: 'people-killed',
      tally_unit: 'people',
      tally_who_group: 'people',
      window: null,
      via: 'said that',
    });
    const province = rows.find((r) => r.report_id === 'bushqatin')!;
    expect(province).toMatchObject({
      source_ids: 'abu-jaafar; sohr',
      place_words: 'the village of Bushqatin',
      place_id: 'bushqatin',
      place_name: 'Bushqatin',
      place_level: 'village',
      part_of: 'province',
    });
    const forensic = rows.find((r) => r.report_id === 'forensic-team')!;
    expect(forensic).toMatchObject({ recorded: 'documented', tally_window_from: '2016-09-22T20:00', tally_window_to: null });
    expect(typeof province.quote_start).toBe('number');
  });

  it('writes CSV with a header, quoted commas and quotes, and one line per report', () => {
    const csv = toCsv(figureRows(readable));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines).toHaveLength(reportCount + 1);
    expect(csv).toContain('"head of a hospital in rebel-held eastern Aleppo"'.slice(1, -1));
    expect(csv).toContain('"reported ""little progress"" in getting a truce"');
  });

  it('keeps spreadsheet formulas from running', () => {
    const rows = figureRows(readable).slice(0, 1).map((r) => ({ ...r, quote: '=HYPERLINK("x")' }));
    expect(toCsv(rows)).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('marks which columns are Tally’s readings', () => {
    for (const column of ['tally_low', 'tally_high', 'tally_kind', 'tally_who_group', 'tally_window_from', 'tally_window_to']) {
      expect(EXPORT_COLUMNS).toContain(column);
    }
    expect(EXPORT_COLUMNS).not.toContain('low');
    expect((JSON.parse(toJson(readable)) as { readings: string }).readings).toMatch(/^Columns beginning tally_ are Tally’s readings/);
  });

  it('writes JSON with the article and the same rows', () => {
    const json = JSON.parse(toJson(readable)) as { article: { id: string }; reports: unknown[] };
    expect(json.article.id).toBe('aleppo-2016-09-23');
    expect(json.reports).toEqual(figureRows(readable));
  });
});

describe('one-line summaries', () => {
  it('gives each source’s figure in one line', () => {
    const toll = readable.claims.find((c) => c.id === 'death-toll')!;
    expect(claimFiguresLine(toll.reports, readable.sourcesById)).toBe(
      'SOHR: at least 27 civilians killed · Abu Jaafar: 54 deaths documented · al-Khatib: 91 people killed · RFE/RL: dozens of people killed',
    );
  });

  it('shortens long statements', () => {
    const lavrov = readable.claims.find((c) => c.id === 'truce-talks')!.reports[1]!;
    expect(reportGist(lavrov, 30)).toBe('“said no agreements were found…”');
  });
});
