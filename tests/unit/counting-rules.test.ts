import { describe, expect, it } from 'vitest';
import { applyCountingRule, competingFigures, COUNTING_RULES } from '../../src/core/counting-rules.ts';
import { sourceNames } from '../../src/core/describe-claim.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';
import { figureReport } from '../fixtures/build-report.ts';

const aleppo = parseArticleFile(aleppoJson(), ARTICLE_FILE);
const claim = (id: string) => aleppo.claims.find((c) => c.id === id)!;
const sources = new Map(aleppo.sources.map((s) => [s.id, s]));
const nameOf = (r: { sourceIds: string[] }) => sourceNames(r.sourceIds, sources);

describe('counting rules', () => {
  const toll = competingFigures(claim('death-toll').reports)!;

  it('states the death toll as ACLED, Iraq Body Count and UCDP would', () => {
    expect(applyCountingRule(toll, 'conservative', nameOf)).toEqual({ figure: '27', detail: 'the lowest figure, SOHR’s “at least 27”' });
    expect(applyCountingRule(toll, 'range', nameOf)).toEqual({ figure: '27–91', detail: 'from SOHR’s “at least 27” to al-Khatib’s “91”' });
    expect(applyCountingRule(toll, 'low-best-high', nameOf)).toEqual({
      figure: '27 · 54 · 91',
      detail: 'low SOHR’s “at least 27”, middle Abu Jaafar’s “54”, high al-Khatib’s “91”',
    });
  });

  it('takes the lower middle figure when there is an even number', () => {
    const reports = [10, 20, 30, 40].map((n) => figureReport(String(n), 'exact', n));
    expect(applyCountingRule(reports, 'low-best-high', () => 'x').figure).toBe('10 · 20 · 40');
  });

  it('applies only to competing counts of one thing', () => {
    expect(competingFigures(claim('province-deaths').reports)).toBeUndefined();
    expect(competingFigures(claim('air-strikes').reports)).toBeUndefined();
    expect(competingFigures(claim('attack-scale').reports)).toBeUndefined();
    expect(competingFigures([figureReport('1', 'exact', 1), figureReport('2', 'exact', 2)])).toHaveLength(2);
  });

  it('has one line on each rule', () => {
    expect(COUNTING_RULES.map((r) => r.usedBy)).toEqual(['ACLED', 'Iraq Body Count, Airwars', 'UCDP']);
    for (const rule of COUNTING_RULES) expect(rule.rule.length).toBeGreaterThan(20);
  });
});
