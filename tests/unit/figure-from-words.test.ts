import { describe, expect, it } from 'vitest';
import { figureFromWords } from '../../src/core/figure-from-words.ts';

describe('figureFromWords', () => {
  it('reads the qualifier, the value, who is counted and what', () => {
    expect(figureFromWords('at least 27 civilians had been killed')).toEqual({
      words: 'at least 27',
      qualifier: 'at-least',
      value: 27,
      kind: 'people-killed',
      unit: 'people',
      counts: 'civilians killed',
      who: { words: 'civilians', group: 'civilians' },
    });
  });

  it('reads a bare number as exact, a count one source made as recorded, and no "who" from a noun that is not people', () => {
    expect(figureFromWords('he had documented 54 deaths since late on September 22')).toEqual({
      words: '54',
      qualifier: 'exact',
      value: 54,
      kind: 'people-killed',
      unit: 'people',
      counts: 'deaths documented',
      recorded: 'documented',
    });
    expect(figureFromWords('54 deaths since late on September 22')).toEqual({
      words: '54',
      qualifier: 'exact',
      value: 54,
      kind: 'people-killed',
      unit: 'people',
      counts: 'deaths',
    });
    expect(figureFromWords('the hospital received 30 bodies')).toMatchObject({ value: 30, recorded: 'received', counts: 'bodies received' });
    expect(figureFromWords('the hospital received 30 bodies')).not.toHaveProperty('who');
    expect(figureFromWords('91 people had been killed')).toMatchObject({ words: '91', qualifier: 'exact', value: 91, counts: 'people killed' });
  });

  it('is not fitted to casualties: buildings, strikes, residents, money', () => {
    expect(figureFromWords('as many as 40 buildings being destroyed')).toEqual({
      words: 'as many as 40',
      qualifier: 'as-many-as',
      value: 40,
      kind: 'buildings-destroyed',
      unit: 'buildings',
      counts: 'buildings destroyed',
    });
    expect(figureFromWords('at least 30 air strikes had targeted')).toMatchObject({ qualifier: 'at-least', value: 30, kind: 'events', unit: 'air strikes' });
    expect(figureFromWords('home to at least 250,000 people')).toMatchObject({ words: 'at least 250,000', value: 250000, kind: 'people-resident' });
    expect(figureFromWords('about 1,200 homes flooded')).toMatchObject({ words: 'about 1,200', qualifier: 'about', value: 1200, kind: 'homes-flooded', counts: 'homes flooded' });
  });

  it('reads vague words as a range that is Tally’s, and number words', () => {
    expect(figureFromWords('killing dozens of people')).toMatchObject({ words: 'dozens', qualifier: 'vague', low: 24, high: 99, counts: 'people killed' });
    expect(figureFromWords('three in Kfar Hamra')).toMatchObject({ words: 'three', qualifier: 'exact', value: 3 });
  });

  it('reads general vague amounts, keeping their words, with a suggested range that is Tally’s', () => {
    expect(figureFromWords('“a few thousand” had turned out')).toEqual({
      words: 'a few thousand',
      qualifier: 'vague',
      low: 2000,
      high: 5000,
      kind: 'people-present',
      unit: 'people',
      counts: 'people present',
    });
    expect(figureFromWords('several hundred homes flooded')).toMatchObject({ words: 'several hundred', qualifier: 'vague', low: 300, high: 900, kind: 'homes-flooded' });
    expect(figureFromWords('a handful of voters')).toMatchObject({ words: 'a handful', qualifier: 'vague', low: 3, high: 10, unit: 'voters' });
    expect(figureFromWords('hundreds of thousands of dollars')).toMatchObject({ words: 'hundreds of thousands', low: 200000, high: 999999 });
    for (const words of ['dozens', 'hundreds', 'thousands']) expect(figureFromWords(`${words} of fans`)).toMatchObject({ words, qualifier: 'vague', unit: 'fans' });
  });

  it('reads general words for being there as people present, and otherwise takes the unit from the noun counted', () => {
    expect(figureFromWords('18,000 people had taken part')).toMatchObject({ words: '18,000', qualifier: 'exact', kind: 'people-present', unit: 'people', counts: 'people present' });
    for (const verb of ['took part', 'gathered', 'joined', 'turned out', 'attended']) {
      expect(figureFromWords(`about 300 supporters ${verb}`)).toMatchObject({ kind: 'people-present', unit: 'people' });
    }
    // Not people: a presence verb does not make boats into a crowd.
    expect(figureFromWords('40 boats joined')).toEqual({ words: '40', qualifier: 'exact', value: 40, unit: 'boats', counts: 'boats' });
    expect(figureFromWords('18,000 people')).toMatchObject({ unit: 'people' });
    expect(figureFromWords('18,000 people')).not.toHaveProperty('kind');
  });

  it('gives nothing for words with no amount', () => {
    expect(figureFromWords('little progress')).toBeUndefined();
  });
});
