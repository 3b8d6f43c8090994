import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { layoutFigureAxis, layoutTimeWindows, niceStep } from '../../src/core/plot-scale.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';
import { figureReport } from '../fixtures/build-report.ts';

const aleppo = parseArticleFile(aleppoJson(), ARTICLE_FILE);
const reports = (id: string) => aleppo.claims.find((c) => c.id === id)!.reports;

describe('niceStep', () => {
  it('rounds to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1.5, 2.2, 4, 7, 26, 310].map(niceStep)).toEqual([1, 2, 2.5, 5, 10, 50, 500]);
    expect(niceStep(0)).toBe(1);
  });
});

describe('layoutFigureAxis', () => {
  it('draws the death tolls on a zero-based axis with room to the right', () => {
    const axis = layoutFigureAxis(reports('death-toll'))!;
    expect(axis.ticks[0]).toEqual({ value: 0, at: 0 });
    expect(axis.max).toBeGreaterThan(91);
    // A documented count is a floor: drawn as an arrow, like "at least".
    expect(axis.marks.map((m) => m.shape)).toEqual(['arrow', 'arrow', 'dot', 'span']);
    const [sohr, forensic, hospital] = axis.marks;
    expect(sohr!.x).toBeCloseTo(27 / axis.max);
    expect(sohr!.x2).toBe(1);
    expect(forensic!.x).toBeCloseTo(54 / axis.max);
    expect(hospital!.x).toBeLessThan(1);
  });

  it('draws "as many as" as a bar from zero and vague words as a span', () => {
    const axis = layoutFigureAxis([figureReport('as many as 40', 'as-many-as', 40), figureReport('dozens', 'vague', [24, 99])])!;
    expect(axis.marks.map((m) => [m.shape, m.x])).toEqual([
      ['cap', 0],
      ['span', 24 / axis.max],
    ]);
    expect(axis.marks[1]!.x2).toBeCloseTo(99 / axis.max);
  });

  it('has no axis without figures', () => {
    expect(layoutFigureAxis(reports('truce-talks'))).toBeUndefined();
  });
});

describe('layoutTimeWindows', () => {
  it('puts each stated window on a strip up to the end of the publication day', () => {
    const strip = layoutTimeWindows(reports('death-toll'), '2016-09-23')!;
    expect(strip.ticks.map((t) => t.label)).toEqual(['22 Sept', '06:00', '12:00', '18:00', '23 Sept', '06:00', '12:00', '18:00', '24 Sept'].slice(3));
    // Only the forensic count states its hours; the article gives none for the others.
    expect(strip.bars).toEqual([expect.objectContaining({ reportId: 'forensic-team', start: 2 / 30, end: 1, openEnd: true, openStart: false })]);
    expect(strip.unstated).toEqual(['sohr', 'hospital', 'article']);
  });

  it('draws a window open at the start from the strip’s edge', () => {
    const by = figureReport('40', 'exact', 40, { window: { to: '2016-09-23T09:00' } });
    const since = figureReport('50', 'exact', 50, { window: { from: '2016-09-23T03:00' } });
    const strip = layoutTimeWindows([by, since], '2016-09-23')!;
    expect(strip.bars[0]).toMatchObject({ start: 0, openStart: true, openEnd: false });
    expect(strip.bars[1]).toMatchObject({ end: 1, openStart: false, openEnd: true });
  });

  it('has no strip when no window is read in hours', () => {
    expect(layoutTimeWindows(reports('truce-talks'), '2016-09-23')).toBeUndefined();
  });
});
