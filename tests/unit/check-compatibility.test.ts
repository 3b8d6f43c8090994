import { describe, expect, it } from 'vitest';
import { checkCompatibility, checkPair } from '../../src/core/check-compatibility.ts';
import { compareMeasure, comparePlace, compareScopes, compareWindow, compareWho } from '../../src/core/compare-scopes.ts';
import { figureBounds } from '../../src/core/figure-bounds.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';
import { figureReport } from '../fixtures/build-report.ts';

const aleppo = parseArticleFile(aleppoJson(), ARTICLE_FILE);
const claim = (id: string) => aleppo.claims.find((c) => c.id === id)!;

describe('figureBounds', () => {
  it('reads each qualifier as a range', () => {
    expect(figureBounds(figureReport('54', 'exact', 54).figure)).toEqual({ low: 54, high: 54 });
    expect(figureBounds(figureReport('at least 27', 'at-least', 27).figure)).toEqual({ low: 27, high: Infinity });
    expect(figureBounds(figureReport('as many as 40', 'as-many-as', 40).figure)).toEqual({ low: 0, high: 40 });
    expect(figureBounds(figureReport('about 100', 'about', 100).figure)).toEqual({ low: 90, high: 110 });
    expect(figureBounds(figureReport('dozens', 'vague', [24, 99]).figure)).toEqual({ low: 24, high: 99 });
  });
});

describe('scope comparisons', () => {
  it('puts civilians inside all people', () => {
    expect(compareWho({ words: 'civilians', group: 'civilians' }, { words: 'people', group: 'people' })).toBe('inside');
    expect(compareWho({ words: 'people', group: 'people' }, { words: 'civilians', group: 'civilians' })).toBe('contains');
    expect(compareWho(undefined, { words: 'people', group: 'people' })).toBe('unknown');
  });

  it('puts the killed inside the killed or wounded, and keeps buildings apart', () => {
    expect(compareMeasure('killed', 'killed-or-wounded')).toBe('inside');
    expect(compareMeasure('killed-or-wounded', 'wounded')).toBe('contains');
    expect(compareMeasure('killed', 'buildings-destroyed')).toBe('apart');
  });

  it('compares time windows by their readings', () => {
    const night = { words: 'overnight', label: 'overnight', from: '2016-09-23T00:00', to: '2016-09-23T06:00' };
    const since = { words: 'since late on 22', label: 'since', from: '2016-09-22T20:00' };
    const later = { words: 'afternoon', label: 'afternoon', from: '2016-09-23T12:00', to: '2016-09-23T18:00' };
    const straddle = { words: 'dawn to noon', label: 'dawn', from: '2016-09-23T05:00', to: '2016-09-23T12:00' };
    expect(compareWindow(night, since)).toBe('inside');
    expect(compareWindow(since, night)).toBe('contains');
    expect(compareWindow(night, later)).toBe('apart');
    expect(compareWindow(night, straddle)).toBe('crossing');
    expect(compareWindow(night, { ...night })).toBe('same');
    expect(compareWindow(night, undefined)).toBe('unknown');
    expect(compareWindow(night, { words: 'that day', label: 'that day' })).toBe('unknown');
  });

  it('compares places by name and stated nesting', () => {
    const province = { words: 'other parts of Aleppo Province', level: 'province' as const };
    const village = { words: 'Bushqatin', level: 'village' as const, within: [province.words] };
    expect(comparePlace(village, province)).toBe('inside');
    expect(comparePlace(province, village)).toBe('contains');
    expect(comparePlace(village, { words: 'Kfar Hamra' })).toBe('apart');
    expect(comparePlace({ words: 'Aleppo', level: 'city' }, { words: 'eastern Aleppo', level: 'city-part' })).toBe('unknown');
    expect(comparePlace(village, undefined)).toBe('unknown');
  });

  it('combines the dimensions, noting which the article leaves open', () => {
    const sohr = claim('death-toll').reports[0]!;
    const hospital = claim('death-toll').reports[2]!;
    expect(compareScopes(sohr as never, hospital as never)).toEqual({ relation: 'inside', unknown: ['window', 'place'], differing: ['who'] });
  });
});

describe('checkPair', () => {
  it('fits "at least 27 civilians" inside "91 people"', () => {
    const check = checkPair(figureReport('at least 27', 'at-least', 27, { who: 'civilians' }), figureReport('91', 'exact', 91, { who: 'people' }));
    expect(check).toMatchObject({ verdict: 'fits', sentence: '“at least 27 civilians killed” fits inside “91 people killed”.' });
  });

  it('finds "as many as 40" and "at least 50" of the same thing incompatible', () => {
    const scope = {
      measure: 'buildings-destroyed' as const,
      counts: 'buildings destroyed',
      window: { words: 'that day' },
      place: { words: 'Aleppo' },
    };
    const check = checkPair(figureReport('as many as 40', 'as-many-as', 40, scope), figureReport('at least 50', 'at-least', 50, scope));
    expect(check).toMatchObject({
      verdict: 'conflict',
      sentence: '“as many as 40 buildings destroyed” and “at least 50 buildings destroyed” cannot both be true.',
    });
  });

  it('lets two exact figures differ only if their unstated scopes differ', () => {
    const check = checkPair(figureReport('54', 'exact', 54, { who: 'people' }), figureReport('91', 'exact', 91, { who: 'people' }));
    expect(check).toMatchObject({
      verdict: 'depends',
      sentence: '“54 people killed” and “91 people killed” can both be true only if they cover different hours or places; the article does not say.',
    });
  });

  it('accepts "about 100" next to "at least 95"', () => {
    const scope = { who: 'people' as const, window: { words: 'that day' }, place: { words: 'Aleppo' } };
    expect(checkPair(figureReport('about 100', 'about', 100, scope), figureReport('at least 95', 'at-least', 95, scope))?.verdict).toBe('fits');
  });

  it('finds a part larger than its whole impossible', () => {
    const whole = figureReport('91', 'exact', 91, { who: 'people', window: { words: 'd' }, place: { words: 'Aleppo' } });
    const part = figureReport('at least 120', 'at-least', 120, { who: 'civilians', window: { words: 'd' }, place: { words: 'Aleppo' } });
    expect(checkPair(part, whole)).toMatchObject({
      verdict: 'conflict',
      sentence: '“at least 120 civilians killed” cannot fit inside “91 people killed”.',
    });
  });

  it('says a part may be larger than the whole only if unstated scopes differ', () => {
    const whole = figureReport('91', 'exact', 91, { who: 'people' });
    const part = figureReport('at least 120', 'at-least', 120, { who: 'civilians' });
    expect(checkPair(whole, part)?.verdict).toBe('depends');
  });

  it('treats counts from different villages as compatible whatever the numbers', () => {
    const a = figureReport('at least 15', 'at-least', 15, { place: { words: 'Bushqatin', level: 'village' } });
    const b = figureReport('three', 'exact', 3, { place: { words: 'Kfar Hamra', level: 'village' } });
    expect(checkPair(a, b)).toMatchObject({ verdict: 'fits', sentence: '“at least 15 people killed” and “three people killed” count different places, so both can be true.' });
  });

  it('treats counts over disjoint hours as compatible', () => {
    const a = figureReport('10', 'exact', 10, { window: { from: '2016-09-23T00:00', to: '2016-09-23T06:00' } });
    const b = figureReport('50', 'exact', 50, { window: { from: '2016-09-23T12:00', to: '2016-09-23T18:00' } });
    expect(checkPair(a, b)?.verdict).toBe('fits');
  });

  it('does not compare people killed with buildings destroyed', () => {
    expect(checkPair(figureReport('10', 'exact', 10), figureReport('40', 'exact', 40, { measure: 'buildings-destroyed' }))).toBeUndefined();
  });

  it('reads vague words with their range: "dozens" cannot be eleven', () => {
    const scope = { who: 'people' as const, window: { words: 'd' }, place: { words: 'Aleppo' } };
    expect(checkPair(figureReport('dozens', 'vague', [24, 99], scope), figureReport('11', 'exact', 11, scope))?.verdict).toBe('conflict');
    expect(checkPair(figureReport('dozens', 'vague', [24, 99], scope), figureReport('54', 'exact', 54, scope))?.verdict).toBe('fits');
  });
});

describe('checkCompatibility', () => {
  it('says the Aleppo death tolls fit only if the hospital’s count covers other hours or places', () => {
    const result = checkCompatibility(claim('death-toll').reports);
    expect(result.verdict).toBe('depends');
    expect(result.pairs.map((p) => p.verdict)).toEqual(['fits', 'fits', 'depends']);
    expect(result.pairs[1]!.sentence).toBe('“at least 27 civilians killed” fits inside “91 people killed”.');
    expect(result.answer).toBe('Only if');
    expect(result.sentence).toBe(
      'the counts cover different ground. “54 deaths documented” and “91 people killed” can both be true only if they cover different hours or places; the article does not say.',
    );
  });

  it('fits the province’s villages inside its "dozens", one by one and together', () => {
    const result = checkCompatibility(claim('province-deaths').reports);
    expect(result).toMatchObject({ verdict: 'all-fit', answer: 'Yes', sentence: 'all of these figures can be true at once.' });
    expect(result.pairs.at(-1)!.sentence).toBe('Together, the 3 parts (at least 29) fit inside “dozens civilians killed”.');
  });

  it('finds parts that together overflow their whole', () => {
    const province = { words: 'the province', level: 'province' as const };
    const whole = figureReport('as many as 20', 'as-many-as', 20, { place: province });
    const a = figureReport('15', 'exact', 15, { place: { words: 'A', level: 'village', within: ['the province'] } });
    const b = figureReport('12', 'exact', 12, { place: { words: 'B', level: 'village', within: ['the province'] } });
    const result = checkCompatibility([whole, a, b]);
    expect(result.verdict).toBe('conflict');
    expect([result.answer, result.sentence]).toEqual([
      'No',
      'not all of these can be true. Together, the 2 parts (at least 27) cannot fit inside “as many as 20 people killed”.',
    ]);
  });

  it('has nothing to check with one figure', () => {
    expect(checkCompatibility(claim('buildings-destroyed').reports)).toMatchObject({
      verdict: 'nothing-to-compare',
      sentence: 'Only one figure is given, so there is nothing to check it against.',
    });
    expect(checkCompatibility(claim('truce-talks').reports).verdict).toBe('nothing-to-compare');
  });

  it('says figures of unrelated things do not contradict', () => {
    const result = checkCompatibility([figureReport('10', 'exact', 10), figureReport('40', 'exact', 40, { measure: 'air-strikes' })]);
    expect(result).toMatchObject({ verdict: 'nothing-to-compare', sentence: 'These figures count different things, so they do not contradict each other.' });
  });

  it('counts the attack’s "dozens killed" inside its "dozens dead and wounded"', () => {
    const result = checkCompatibility(claim('attack-scale').reports);
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]!.verdict).toBe('fits');
  });
});
