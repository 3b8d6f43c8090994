// The sentences Tally derives must be signable: true to what the article states, with Tally's readings named
// as Tally's. Cases from a march where four sources give crowd sizes (a synthetic fixture), and synthetic reports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCompatibility } from '../../src/core/check-compatibility.ts';
import { claimLenses } from '../../src/core/counting-lens.ts';
import { rivalTotals, sameThingAssumed } from '../../src/core/counting-rules.ts';
import { claimFinding, quoteForDisplay, sourcingLabel, speakerName } from '../../src/core/describe-claim.ts';
import { describeReading } from '../../src/core/figure-bounds.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import type { Claim, Place, Report } from '../../src/core/schema.ts';
import { COUNTED_WORDS_NOTE, placeNotes, QUALIFIER_LABELS, silences, summariseFigures, whatDiffers } from '../../src/core/what-differs.ts';
import { figureReport, placeMap } from '../fixtures/build-report.ts';

const ID = 'thousands-march-in-harbourton-over-ferry-cuts-2025-03-14';
const json: unknown = JSON.parse(readFileSync(`tests/site/articles/${ID}.json`, 'utf8'));
const march = readableArticle(parseArticleFile(json, `data/articles/${ID}.json`));
const crowd = march.claims.find((c) => c.id === 'crowd-size')!.reports;
const summary = summariseFigures(crowd, march)!;
const verdict = checkCompatibility(crowd, march.placesById);
const sentences = [summary, verdict.sentence, ...verdict.pairs.map((p) => p.sentence)];

const context = (places: Map<string, Place>) => ({ sourcesById: new Map(), placesById: places });

describe('places', () => {
  it('quotes the places’ words and says once for the set that the article does not relate them', () => {
    const places = placeMap(['the town hall'], ['the old bridge'], ['the station']);
    const reports = ['the town hall', 'the old bridge', 'the station'].map((placeId) => figureReport('9', 'exact', 9, { placeId }));
    expect(placeNotes(reports, context(places))).toEqual(['the article does not say how “the town hall”, “the old bridge” and “the station” relate']);
  });

  it('claims no silence where one place’s words hold another’s, and never calls them different places', () => {
    expect(summary).toContain('the article does not say how “the central post office” relates to “from the harbour front to the city hall” or “the harbour front”');
    expect(summary.match(/does not say how/g)).toHaveLength(1);
    expect(summary).not.toMatch(/how from|different places/);
    const places = placeMap(['the harbour front'], ['from the harbour front to the city hall']);
    const reports = ['the harbour front', 'from the harbour front to the city hall'].map((placeId) => figureReport('9', 'exact', 9, { placeId }));
    expect(placeNotes(reports, context(places))).toEqual([]);
  });

  it('quotes nested places too', () => {
    const places = placeMap(['Marrow Valley'], ['Eastbridge', 'Marrow Valley']);
    const reports = ['Eastbridge', 'Marrow Valley'].map((placeId) => figureReport('9', 'exact', 9, { placeId }));
    expect(placeNotes(reports, context(places))).toEqual(['“Eastbridge” lies within “Marrow Valley”']);
  });
});

describe('hours', () => {
  it('says what each source states, and never that the hours differ when only the words do', () => {
    expect(summary).not.toMatch(/hours they state differ/i);
    expect(summary).toContain('they give their hours in their own words: the alliance’s “between noon and 3 p.m.”, police’s “at its peak” and transport department’s “before the march set off”');
    // The verdict on the same screen leaves the hours open, as the summary does.
    expect(verdict.sentence).toContain('only if they cover different hours or places');
  });

  it('says that two windows do not overlap only by Tally’s clock reading, labelled as Tally’s', () => {
    const morning = figureReport('12', 'exact', 12, { window: { words: 'in the morning', from: '2024-03-01T06:00', to: '2024-03-01T12:00' } });
    const evening = figureReport('30', 'exact', 30, { window: { words: 'in the evening', from: '2024-03-01T18:00', to: '2024-03-01T23:00' } });
    const text = summariseFigures([morning, evening], context(new Map()))!;
    expect(text).toContain('by Tally’s reading of them as clock times');
    expect(text).toContain('do not overlap');
  });
});

describe('a figure given without a qualifier', () => {
  it('is never called exact', () => {
    expect(QUALIFIER_LABELS.exact).toBe('a figure given without a qualifier');
    const alliance = crowd.find((r) => r.id === 'alliance')!;
    expect(describeReading(alliance.figure!)).toBe('18,000');
    const row = whatDiffers(crowd, march).find((r) => r.key === 'qualifier')!;
    expect(row.values[0]!.text).toBe('a figure given without a qualifier');
    for (const sentence of sentences) expect(sentence).not.toMatch(/exact/);
  });

  it('is never described as a floor', () => {
    for (const sentence of sentences) expect(sentence).not.toContain('at least 18,000');
  });
});

describe('Tally’s readings', () => {
  it('labels every number that is a reading of “about” or vague words as Tally’s', () => {
    for (const sentence of sentences) {
      for (const reading of ['5,850', '7,150', '2,000', '5,000']) {
        for (const clause of sentence.split(/[.;:]\s/)) if (clause.includes(reading)) expect(clause, sentence).toMatch(/Tally reads|reading of/);
      }
    }
    expect(verdict.pairs[0]!.sentence).toContain('Tally reads “about 6,500” as 5,850 to 7,150, below “18,000”');
  });
});

describe('names', () => {
  it('calls every source by its short name in one sentence', () => {
    expect(silences(crowd, march)).toEqual(['hours and a place only for the alliance’s count, police’s count and transport department’s count']);
    expect(crowd.map((r) => speakerName(r, march.sourcesById))).toEqual(['the alliance', 'police', 'transport department', 'Lindqvist']);
  });

  it('keeps a described source’s article: “the Syrian military”', () => {
    const report = { sourceIds: ['m'] } as Report;
    const sources = new Map([['m', { id: 'm', name: 'The Syrian military', shortName: 'Syrian military', kind: 'officials' as const }]]);
    expect(speakerName(report, sources)).toBe('the Syrian military');
  });
});

describe('quotes within quotes', () => {
  it('shows inner double quotes as single ones, so the edge is never doubled', () => {
    expect(quoteForDisplay('"a few thousand" had turned out')).toBe('‘a few thousand’ had turned out');
    expect(quoteForDisplay('called it “long” and "hard."')).toBe('called it ‘long’ and ‘hard.’');
    expect(quoteForDisplay("the city's ferries")).toBe("the city's ferries");
  });
});

describe('what is counted, described in different words', () => {
  const load = (id: string) => {
    const pack: unknown = JSON.parse(readFileSync(`tests/site/articles/${id}.json`, 'utf8'));
    return readableArticle(parseArticleFile(pack, `data/articles/${id}.json`));
  };
  const long = load('fixture-long-article');
  const claim = (id: string) => long.claims.find((c) => c.id === id)!.reports;

  it('never says that “votes cast” and “votes counted” count the same thing: it quotes both descriptions', () => {
    const text = summariseFigures(claim('votes-cast'), long)!;
    expect(text).not.toContain('the same thing');
    expect(text).toContain('They count things described differently: the election office’s “votes cast” and Observers’ “votes counted”');
  });

  it('says sums of money are described differently, never that money counts things', () => {
    const text = summariseFigures(claim('footbridge-cost'), long)!;
    expect(text).not.toContain('count things');
    expect(whatDiffers(claim('footbridge-cost'), long).map((row) => row.label)).toContain('What the sum is');
    expect(whatDiffers(claim('votes-cast'), long).map((row) => row.label)).toContain('What is counted');
    expect(text).toContain('They describe the sums differently: the council’s “to be spent on the footbridge” and Builder’s “cost of the footbridge”');
  });

  it('still says the same thing where the descriptions are the same words', () => {
    expect(summariseFigures(claim('fair-crowd'), long)).toContain('They count the same thing');
  });

  it('lets the verdict rest on what is counted too, not only on hours or places', () => {
    expect(verdict.sentence).toMatch(/^they cover different hours or places, or count different things\. /);
    const police = verdict.pairs.find((p) => p.b.id === 'police' && p.a.id === 'alliance')!;
    expect(police.condition).toBe('they cover different hours or places, or count different things');
  });

  it('shows the words in What differs, with a note that claims neither sameness nor difference', () => {
    const row = whatDiffers(crowd, march).find((r) => r.key === 'kind')!;
    expect(row.label).toBe('What is counted');
    expect(row.values.map((v) => v.text)).toEqual(['people who took part in the march', 'people in the march at its peak', 'people gathered before the march set off', 'people who turned out']);
    expect(row.note).toBe(COUNTED_WORDS_NOTE);
    expect(row.note).not.toMatch(/\b(?:mean|are|count) (?:different|the same)\b/);
  });

  it('never labels the same number for things described in different words as agreement', () => {
    const figureClaim = (reports: Report[]): Claim => ({ id: 'c', kind: 'figure', title: 't', question: 'q?', reports });
    const cast = figureReport('41,200', 'exact', 41200, { kind: 'votes', counts: 'votes cast' });
    const counted = figureReport('41,200', 'exact', 41200, { kind: 'votes', counts: 'votes counted' });
    const alsoCast = figureReport('41,200', 'exact', 41200, { kind: 'votes', counts: 'votes cast' });
    expect(claimFinding(figureClaim([cast, alsoCast]))).toBe('agree');
    expect(claimFinding(figureClaim([cast, counted]))).toBe('several');
    expect(sourcingLabel(figureClaim([cast, counted]))).toBe('2 sources');
  });

  it('leaves words that a stated group or a floor’s verb already explains to those rows', () => {
    const civilians = figureReport('at least 27', 'at-least', 27, { who: 'civilians' });
    const people = figureReport('91', 'exact', 91, { who: 'people' });
    const documented = figureReport('54', 'exact', 54, { counts: 'deaths documented', recorded: 'documented' });
    expect(whatDiffers([civilians, people, documented], context(new Map())).find((r) => r.key === 'kind')).toBeUndefined();
    expect(summariseFigures([civilians, people, documented], context(new Map()))).not.toContain('described differently');
  });
});

describe('the “only if” worded for the kind of figure', () => {
  it('gives a sum of money times and what it is for, not hours or places', () => {
    const pack: unknown = JSON.parse(readFileSync('tests/site/articles/fixture-long-article.json', 'utf8'));
    const long = readableArticle(parseArticleFile(pack, 'data/articles/fixture-long-article.json'));
    const check = checkCompatibility(long.claims.find((c) => c.id === 'footbridge-cost')!.reports, long.placesById);
    expect(check.answer).toBe('Only if');
    expect(check.sentence).toMatch(/^they refer to different times, or are for different things\. /);
    expect(check.sentence).not.toMatch(/hours|places/);
  });

  it('names places for money only where a report states one', () => {
    const money = { kind: 'money' as const, unit: 'EUR', counts: 'pledged' };
    const placed = checkCompatibility([figureReport('€2 million', 'exact', 2e6, { ...money, placeId: 'Eastbridge' }), figureReport('€5 million', 'exact', 5e6, money)]);
    expect(placed.sentence).toMatch(/^they refer to different times or places\. /);
  });

  it('keeps hours and places for counts of people, and times for homes', () => {
    const people = checkCompatibility([figureReport('12', 'exact', 12, { counts: 'people missing', kind: 'people-missing', who: 'people' }), figureReport('30', 'exact', 30, { counts: 'people missing', kind: 'people-missing', who: 'people' })]);
    expect(people.sentence).toMatch(/^they cover different hours or places\. /);
    const homes = checkCompatibility([figureReport('120', 'exact', 120, { kind: 'homes-flooded', counts: 'homes flooded' }), figureReport('300', 'exact', 300, { kind: 'homes-flooded', counts: 'homes flooded' })]);
    expect(homes.sentence).toMatch(/^they cover different times or places\. /);
  });
});

describe('the counting rules, where rival totals are described in different words', () => {
  const load = (id: string) => {
    const pack: unknown = JSON.parse(readFileSync(`tests/site/articles/${id}.json`, 'utf8'));
    return readableArticle(parseArticleFile(pack, `data/articles/${id}.json`));
  };
  const market = load('fixture-market-shelling');
  const reports = market.claims.find((c) => c.id === 'market-toll')!.reports;
  const nameOf = (report: Report) => speakerName(report, market.sourcesById);
  const said =
    'The rules take SOHR’s “people killed” and the town council’s “people who died” as counts of the same thing; Tally does not judge whether they are.';

  it('says the rules take them as one thing, which Tally does not judge, in the reader and in the exports', () => {
    const totals = rivalTotals(reports, market.placesById)!;
    expect(sameThingAssumed(totals, nameOf)).toBe(said);
    // In the exports, each rule has a column of its own.
    const lenses = claimLenses(reports, market.placesById, nameOf)!;
    const perRule = said.replace('The rules take', 'This rule takes');
    expect(lenses.conservative.notes).toContain(perRule);
    expect(lenses.lowBestHigh.notes).toContain(perRule);
  });

  it('says nothing of the kind where the rivals use the same words', () => {
    const same = reports.map((r) => ({ ...r, figure: { ...r.figure!, counts: 'people killed' } }));
    const totals = rivalTotals(same, market.placesById)!;
    expect(sameThingAssumed(totals, nameOf)).toBeUndefined();
    expect(claimLenses(same, market.placesById, nameOf)!.conservative.notes).not.toContain('Tally does not judge');
  });
});
