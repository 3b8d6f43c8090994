import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { rangeSummary, whatDiffers } from '../../src/core/what-differs.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';
import { figureReport } from '../fixtures/build-report.ts';

const aleppo = parseArticleFile(aleppoJson(), ARTICLE_FILE);
const reports = (id: string) => aleppo.claims.find((c) => c.id === id)!.reports;
const table = (rows: ReturnType<typeof whatDiffers>) => Object.fromEntries(rows.map((r) => [r.label, r.values.map((v) => v.text)]));

describe('whatDiffers', () => {
  it('shows only the dimensions on which the death tolls differ', () => {
    const rows = whatDiffers(reports('death-toll'));
    expect(rows.map((r) => r.key)).toEqual(['who', 'window', 'place', 'qualifier']);
    expect(table(rows)).toEqual({
      'Who is counted': ['civilians only', 'everyone', 'everyone'],
      'Hours covered': ['Early morning of 23 Sept', 'Since late on 22 Sept', 'not stated'],
      Where: ['Aleppo', 'not stated', 'not stated'],
      'Kind of figure': ['a minimum (“at least”)', 'an exact count', 'an exact count'],
    });
    expect(rows[1]!.values.map((v) => v.stated)).toEqual([true, true, false]);
  });

  it('leaves out a dimension on which all agree', () => {
    const rows = whatDiffers(reports('province-deaths'));
    expect(rows.map((r) => r.key)).toEqual(['place', 'qualifier']);
  });

  it('compares statements on hours, place and chain only', () => {
    const rows = whatDiffers(reports('offensive'));
    expect(table(rows)).toEqual({
      'Hours covered': ['Late on 22 Sept', '23 Sept'],
      Where: ['the rebel-held eastern part of the city', 'not stated'],
      'How it reached the article': ['said', 'told Reuters on September 23'],
    });
  });

  it('has nothing to compare for a single report', () => {
    expect(whatDiffers(reports('air-strikes'))).toEqual([]);
  });

  it('tells "killed" from "dead and wounded"', () => {
    expect(table(whatDiffers(reports('attack-scale').slice(0, 2)))['What is counted']).toEqual(['people killed', 'dead and wounded']);
  });
});

describe('rangeSummary', () => {
  it('sums up the death tolls in one sentence', () => {
    expect(rangeSummary(reports('death-toll'))).toBe(
      'Reports range from at least 27 to 91, 3.4 times apart; they count different people over different hours in different places.',
    );
  });

  it('keeps vague words as words and gives no ratio for them', () => {
    expect(rangeSummary(reports('province-deaths'))).toBe('Reports range from three to dozens; they count the same people in different places.');
  });

  it('says when figures agree', () => {
    const a = figureReport('40', 'exact', 40);
    const b = figureReport('40', 'exact', 40);
    expect(rangeSummary([a, b])).toBe('Reports agree on 40; they count the same thing.');
  });

  it('says nothing for figures of different measures or a single figure', () => {
    expect(rangeSummary(reports('attack-scale'))).toBeUndefined();
    expect(rangeSummary(reports('air-strikes'))).toBeUndefined();
  });
});
