// The comparison model, rule by rule (issue: "Comparisons that say only what the article says"). Each rule
// has examples from the seed and from synthetic reports, and the general ones are properties over random reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakdowns, checkBreakdown, checkCompatibility, checkPair } from '../../src/core/check-compatibility.ts';
import { compareKind, comparePlace, compareScopes, compareWindow, compareWho } from '../../src/core/compare-scopes.ts';
import { ACLED_VAGUE_NUMBERS, applyCountingRule, rivalTotals } from '../../src/core/counting-rules.ts';
import { claimFinding, claimLabel, claimWeight, sourcingLabel, speakerName } from '../../src/core/describe-claim.ts';
import { figureBounds, figurePhrase, totalBounds } from '../../src/core/figure-bounds.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import type { Claim, Figure, Report, TimeWindow } from '../../src/core/schema.ts';
import { COUNTED_WORDS_NOTE, silences, summariseFigures, whatDiffers } from '../../src/core/what-differs.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';
import { figureReport, placeMap } from '../fixtures/build-report.ts';

const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));
const claim = (id: string) => readable.claims.find((c) => c.id === id)!;
const reports = (id: string) => claim(id).reports;
const places = readable.placesById;
const nameOf = (r: Report) => speakerName(r, readable.sourcesById);
const table = (rows: ReturnType<typeof whatDiffers>) => Object.fromEntries(rows.map((r) => [r.label, r.values.map((v) => v.text)]));

// Random reports for the properties: any kind of count, qualifier, group, window and place.
const KINDS = ['people-killed', 'people-injured', 'people-killed-or-injured', 'homes-flooded', 'money'] as const;
const GROUPS = ['people', 'civilians', 'children', 'fighters'] as const;
const PLACES = placeMap(['region'], ['town-a', 'region'], ['town-b', 'region'], ['elsewhere']);
const windowArb = fc.option(
  fc.record({ from: fc.option(fc.integer({ min: 0, max: 48 })), to: fc.option(fc.integer({ min: 1, max: 48 })) }).map(({ from, to }): TimeWindow => {
    const at = (h: number) => `2024-03-0${1 + Math.floor(h / 24)}T${String(h % 24).padStart(2, '0')}:00`;
    const [f, t] = from !== null && to !== null && to <= from ? [to - 1, from] : [from, to];
    return { words: `${f ?? ''}-${t ?? ''}`, label: 'w', ...(f !== null && { from: at(Math.max(0, f)) }), ...(t !== null && { to: at(t) }) };
  }),
  { nil: undefined },
);
const reportArb = fc
  .record({
    qualifier: fc.constantFrom<Figure['qualifier']>('exact', 'at-least', 'as-many-as', 'about', 'vague', 'may-have'),
    value: fc.integer({ min: 0, max: 200 }),
    spread: fc.integer({ min: 0, max: 100 }),
    kind: fc.constantFrom(...KINDS),
    who: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }),
    window: windowArb,
    placeId: fc.option(fc.constantFrom('region', 'town-a', 'town-b', 'elsewhere'), { nil: undefined }),
    recorded: fc.option(fc.constant('documented'), { nil: undefined }),
  })
  .map((r) =>
    figureReport(String(r.value), r.qualifier, r.qualifier === 'vague' ? [r.value, r.value + r.spread] : r.value, {
      kind: r.kind,
      ...(r.kind === 'money' && { unit: 'USD' }),
      ...(r.who && r.kind.startsWith('people') && { who: r.who }),
      ...(r.window && { window: r.window }),
      ...(r.placeId && { placeId: r.placeId }),
      ...(r.recorded && { recorded: r.recorded }),
    }),
  );
const withoutDimension = (report: Report, dimension: 'window' | 'place' | 'who'): Report => {
  if (dimension === 'who') {
    if (!report.figure?.who) return report;
    const { who: _who, ...figure } = report.figure;
    return { ...report, figure };
  }
  const { [dimension]: _dropped, ...rest } = report;
  return rest;
};

describe('rule 1: silence is not difference', () => {
  it('shows a dimension only where two reports state it differently', () => {
    const rows = whatDiffers(reports('death-toll'), readable);
    expect(rows.map((r) => r.key)).not.toContain('window');
    expect(rows.map((r) => r.key)).not.toContain('place');
  });

  it('says where only some reports state a dimension', () => {
    expect(silences(reports('death-toll'), readable)).toEqual(['hours only for Abu Jaafar’s count', 'a place only for the article’s own count']);
    expect(summariseFigures(reports('death-toll'), readable)).toContain('the article gives hours only for Abu Jaafar’s count');
  });

  it('never counts an unstated hour or place as a difference in the summary', () => {
    expect(summariseFigures(reports('death-toll'), readable)).not.toMatch(/different (hours|places|people)/);
  });

  it('property: making a dimension unstated never adds a row of what differs, but for descriptions no stated group explains any more', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { minLength: 2, maxLength: 4 }), fc.nat(), fc.constantFrom('window', 'place', 'who'), (rs, i, d) => {
        const context = { sourcesById: new Map(), placesById: PLACES };
        const before = new Set(whatDiffers(rs, context).map((r) => r.key));
        const silenced = rs.map((r, j) => (j === i % rs.length ? withoutDimension(r, d) : r));
        for (const row of whatDiffers(silenced, context)) {
          // "people killed" and "children killed" are explained by stated groups; with one group unstated, the
          // two descriptions are shown as stated, with no judgement (the row's note): the silence is not the difference.
          if (d === 'who' && row.key === 'kind' && row.note === COUNTED_WORDS_NOTE) {
            for (const value of row.values.filter((v) => v.stated)) expect(silenced.map((r) => r.figure?.counts)).toContain(value.text);
            continue;
          }
          expect(before).toContain(row.key);
        }
      }),
    );
  });

  it('shows two descriptions as stated once the group that explained them is unstated', () => {
    const figure = (counts: string, who?: 'people' | 'children'): Figure => ({ words: '0', qualifier: 'exact', value: 0, kind: 'people-killed', unit: 'people', counts, ...(who && { who: { words: who, group: who } }) });
    const quote = { type: 'TextQuoteSelector' as const, exact: '0' };
    const a: Report = { id: 'a', sourceIds: ['s'], quote, figure: figure('people killed', 'people') };
    const b: Report = { id: 'b', sourceIds: ['t'], quote, figure: figure('children killed', 'children') };
    const context = { sourcesById: new Map(), placesById: PLACES };
    expect(whatDiffers([a, b], context).map((r) => r.key)).toEqual(['who']);
    const rows = whatDiffers([{ ...a, figure: figure('people killed') }, b], context);
    expect(rows.find((r) => r.key === 'kind')).toMatchObject({ note: COUNTED_WORDS_NOTE, values: [{ text: 'people killed' }, { text: 'children killed' }] });
  });

  it('property: making a dimension unstated never turns a fit into a contradiction', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { minLength: 2, maxLength: 4 }), fc.nat(), fc.constantFrom('window', 'place', 'who'), (rs, i, d) => {
        const before = checkCompatibility(rs, PLACES).verdict;
        const silenced = rs.map((r, j) => (j === i % rs.length ? withoutDimension(r, d) : r));
        if (before !== 'conflict') expect(checkCompatibility(silenced, PLACES).verdict).not.toBe('conflict');
      }),
    );
  });
});

describe('rule 2: who is counted, in the article’s words', () => {
  it('shows the article’s words, never “everyone”', () => {
    const row = whatDiffers(reports('death-toll'), readable).find((r) => r.key === 'who')!;
    expect(row.values.map((v) => v.text)).toEqual(['civilians', 'not stated', 'people', 'people']);
    expect(JSON.stringify(whatDiffers(reports('death-toll'), readable))).not.toContain('everyone');
  });

  it('nests groups: civilians, women and children are among people; a part is not a different group', () => {
    expect(compareWho({ words: 'civilians', group: 'civilians' }, { words: 'people', group: 'people' })).toBe('inside');
    expect(compareWho({ words: 'people', group: 'people' }, { words: 'children', group: 'children' })).toBe('contains');
    expect(compareWho({ words: 'women', group: 'women' }, { words: 'civilians', group: 'civilians' })).toBe('unrelated');
    expect(compareWho({ words: 'civilians', group: 'civilians' }, { words: 'fighters', group: 'fighters' })).toBe('apart');
    expect(compareWho(undefined, { words: 'people', group: 'people' })).toBe('unstated');
    const row = whatDiffers(reports('death-toll'), readable).find((r) => r.key === 'who')!;
    expect(row.note).toBe('Civilians are among people: a part, not a different group.');
  });

  it('keeps an elderly count among residents’ words', () => {
    const elderly = figureReport('12', 'exact', 12, { who: 'elderly', whoWords: 'elderly residents', kind: 'people-missing' });
    expect(whatDiffers([elderly, figureReport('40', 'exact', 40, { who: 'people', kind: 'people-missing' })], { sourcesById: new Map(), placesById: new Map() }).find((r) => r.key === 'who')!.values[0]!.text).toBe('elderly residents');
  });
});

describe('rule 3: what kind of count', () => {
  it('reads a documented count as a floor on the whole, not a rival total', () => {
    const forensic = reports('death-toll')[1]!;
    expect(figureBounds(forensic.figure!)).toEqual({ low: 54, high: 54 });
    expect(totalBounds(forensic.figure!)).toEqual({ low: 54, high: Infinity });
    const received = figureReport('31', 'exact', 31, { recorded: 'received', counts: 'bodies received' });
    const killed = figureReport('about 20', 'about', 20);
    expect(checkPair(received, killed)!.verdict).not.toBe('conflict');
  });

  it('names the words the reason relies on', () => {
    const result = checkCompatibility(reports('death-toll'), places);
    expect(result.sentence).toContain('a count someone documented is a floor on the whole, not a rival total');
    expect(result.sentence).toContain('Tally reads “dozens” as 24 to 99');
  });

  it('keeps "as many as", "about" and "may have" to their meaning', () => {
    expect(figureBounds(figureReport('as many as 40', 'as-many-as', 40).figure)).toEqual({ low: 0, high: 40 });
    expect(figureBounds(figureReport('about 100', 'about', 100).figure)).toEqual({ low: 90, high: 110 });
    const may = figureReport('200', 'may-have', 200);
    const fifty = figureReport('50', 'exact', 50);
    const pair = checkPair(may, fifty)!;
    expect(pair.verdict).toBe('fits');
    expect(pair.sentence).toContain('states a possibility, not a count');
  });
});

describe('rule 4: can they all be true?', () => {
  it('answers yes for the seed’s death toll, with the reason', () => {
    const result = checkCompatibility(reports('death-toll'), places);
    expect(result.answer).toBe('Yes');
    expect(result.sentence).toContain('“At least 27 civilians killed” fits inside “91 people killed”: civilians are among people.');
    expect(result.sentence).toContain('“54 deaths documented” fits inside “91 people killed”');
  });

  it('answers "only if" only when an open condition is needed, and names it', () => {
    const a = figureReport('40', 'exact', 40);
    const b = figureReport('90', 'exact', 90, { window: { from: '2024-03-01T00:00', to: '2024-03-01T12:00' } });
    const result = checkCompatibility([a, b]);
    expect(result.answer).toBe('Only if');
    expect(result.sentence).toMatch(/^they cover different hours or places, or count different groups\./);
  });

  it('answers no when everything is stated and the numbers cannot meet', () => {
    const w = { from: '2024-03-01T00:00', to: '2024-03-01T12:00' };
    const a = figureReport('as many as 40', 'as-many-as', 40, { window: w, placeId: 'town-a', who: 'people' });
    const b = figureReport('at least 50', 'at-least', 50, { window: w, placeId: 'town-a', who: 'people' });
    const result = checkCompatibility([a, b], PLACES);
    expect(result.answer).toBe('No');
  });

  it('property: the order of reports never changes the verdict', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { minLength: 2, maxLength: 5 }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([rs, shuffled]) => {
        const [x, y] = [checkCompatibility(rs, PLACES), checkCompatibility(shuffled, PLACES)];
        expect([y.verdict, y.answer]).toEqual([x.verdict, x.answer]);
      }),
    );
  });

  it('property: figures that could both be true are never called a contradiction', () => {
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        const pair = checkPair(a, b, PLACES);
        if (pair?.verdict === 'conflict') {
          const [x, y] = [totalBounds(a.figure), totalBounds(b.figure)];
          expect(x.high < y.low || y.high < x.low || compareScopes(a, b, PLACES).relation !== 'same').toBe(true);
        }
      }),
    );
  });
});

describe('rule 5: hours and places', () => {
  it('draws and compares windows open on one side', () => {
    const since = { words: 'since late on 22 Sept', label: 'since', from: '2016-09-22T20:00' };
    const by = { words: 'by the morning of 4 March', label: 'by', to: '2016-09-23T09:00' };
    const night = { words: 'overnight', label: 'overnight', from: '2016-09-23T00:00', to: '2016-09-23T06:00' };
    expect(compareWindow(night, since)).toBe('inside');
    expect(compareWindow(night, by)).toBe('inside');
    expect(compareWindow(since, by)).toBe('crossing');
    expect(compareWindow({ words: 'on 23 Sept', label: 'x' }, { words: 'late on 22 Sept', label: 'y' })).toBe('unrelated');
  });

  it('nests places by id, not by matching words', () => {
    const bushqatin = reports('province-deaths')[1]!.place;
    const province = reports('province-deaths')[0]!.place;
    expect(comparePlace(bushqatin, province, places)).toBe('inside');
    expect(comparePlace({ words: 'different areas of Aleppo', placeId: 'aleppo' }, { words: 'Aleppo', placeId: 'aleppo' }, places)).toBe('same');
    expect(comparePlace({ words: 'rebel-held areas of Aleppo', placeId: 'rebel-held-aleppo' }, { words: 'Aleppo Province', placeId: 'aleppo-province' }, places)).toBe('inside');
  });

  it('calls places the article does not relate "not stated", never different', () => {
    expect(comparePlace(reports('province-deaths')[1]!.place, reports('province-deaths')[2]!.place, places)).toBe('unrelated');
    const a = figureReport('10', 'exact', 10, { placeId: 'town-a' });
    const b = figureReport('10', 'exact', 10, { placeId: 'elsewhere' });
    expect(compareScopes(a, b, PLACES).open).toContain('place');
    expect(compareScopes(a, b, PLACES).differing).not.toContain('place');
  });
});

describe('rule 6: counting rules only over rival totals', () => {
  it('takes in only the rival totals of the death toll and names the rest', () => {
    const totals = rivalTotals(reports('death-toll'), places)!;
    expect(totals.rivals.map((r) => r.id)).toEqual(['hospital', 'article']);
    expect(totals.excluded.map((e) => [e.report.id, e.why])).toEqual([
      ['sohr', 'civilians only, a part'],
      ['forensic-team', 'a count someone documented, a floor'],
    ]);
  });

  it('follows ACLED’s codebook: "dozens" is 12, and the most conservative figure wins', () => {
    expect(ACLED_VAGUE_NUMBERS.dozens).toBe(12);
    const totals = rivalTotals(reports('death-toll'), places)!;
    const headline = applyCountingRule(totals.rivals, 'acled', nameOf);
    expect(headline.figure).toBe('12');
    expect(headline.fed.map((r) => r.id)).toEqual(['hospital', 'article']);
  });

  it('leaves vague words out of the range and UCDP lenses, and does not pick a best', () => {
    const totals = rivalTotals(reports('death-toll'), places)!;
    const range = applyCountingRule(totals.rivals, 'range', nameOf);
    expect(range.leftOut.map((l) => l.report.id)).toEqual(['article']);
    expect(applyCountingRule(totals.rivals, 'ucdp', nameOf).detail).toContain('for UCDP’s coders to choose');
  });

  it('never applies to parts, floors or different things', () => {
    expect(rivalTotals(reports('province-deaths'), places)).toBeUndefined();
    const floor = figureReport('31', 'exact', 31, { recorded: 'received' });
    expect(rivalTotals([floor, figureReport('40', 'exact', 40)])).toBeUndefined();
    expect(rivalTotals([figureReport('40', 'exact', 40), figureReport('12', 'exact', 12, { kind: 'homes-flooded' })])).toBeUndefined();
  });
});

describe('rule 7: labels', () => {
  it('says sources differ only when their figures differ', () => {
    expect(sourcingLabel(claim('death-toll'))).toBe('4 sources differ');
    const same: Claim = { id: 'c', title: 'T', question: 'Q?', kind: 'figure', reports: [figureReport('40', 'exact', 40), figureReport('40', 'exact', 40)] };
    expect(sourcingLabel(same)).toBe('2 sources agree');
  });

  it('labels complementary and agreeing statements as such, and one source as one', () => {
    expect(sourcingLabel(claim('offensive'))).toBe('2 sources complement each other');
    expect(sourcingLabel(claim('attack-scale'))).toBe('2 sources complement each other');
    expect(sourcingLabel(claim('air-strikes'))).toBe('one source');
    expect(sourcingLabel(claim('next-steps'))).toBe('one source, 3 reports');
    for (const c of readable.claims) expect(claimLabel(c)).not.toMatch(/false|wrong|lie/i);
  });
});

describe('rule 8: a breakdown is not a disagreement', () => {
  it('finds the province’s whole and its parts, and checks that they fit', () => {
    const [breakdown] = breakdowns(reports('province-deaths'));
    expect(breakdown!.whole.id).toBe('province');
    expect(breakdown!.parts.map((p) => p.id)).toEqual(['bushqatin', 'kfar-hamra', 'al-bab']);
    expect(checkBreakdown(breakdown!).verdict).toBe('fits');
    expect(claimFinding(claim('province-deaths'))).toBe('breakdown');
    expect(sourcingLabel(claim('province-deaths'))).toBe('a total and its parts, from 2 sources jointly');
  });

  it('finds parts that together overflow their whole', () => {
    const whole = figureReport('about 20', 'about', 20, { id: 'w', sourceIds: ['s'] });
    const parts = [figureReport('15', 'exact', 15, { partOf: 'w', sourceIds: ['s'] }), figureReport('12', 'exact', 12, { partOf: 'w', sourceIds: ['s'] })];
    expect(checkCompatibility([whole, ...parts]).answer).toBe('No');
  });

  it('never compares the parts with each other as rivals', () => {
    const pairs = checkCompatibility(reports('province-deaths'), places).pairs;
    expect(pairs.every((p) => p.a.id === 'province' || p.b.id === 'province')).toBe(true);
  });
});

describe('rule 9: weight follows the finding', () => {
  it('marks only differing claims strongly', () => {
    expect(readable.claims.filter((c) => claimWeight(c) === 'strong').map((c) => c.id)).toEqual(['death-toll']);
  });
});

describe('rule 10: statements', () => {
  it('compares statements on when they were said, not hours covered', () => {
    expect(table(whatDiffers(reports('offensive'), readable))).toMatchObject({ 'When said': ['Late on 22 Sept', '23 Sept'] });
  });

  it('gives the article’s own voice as "the article itself", never "not stated"', () => {
    const via = whatDiffers(reports('meeting-sept-22'), readable).find((r) => r.key === 'via')!;
    expect(via.values[0]).toEqual({ reportId: 'article', text: 'the article itself', stated: true });
  });

  it('keeps grammar for vague words', () => {
    expect(figurePhrase(reports('death-toll')[3]!.figure!)).toBe('dozens of people killed');
    expect(figurePhrase(reports('rebel-shelling')[0]!.figure!)).toBe('several people wounded');
  });
});

describe('rule 11: any subject', () => {
  it('does not compare people with homes or money, and names no people in their sentences', () => {
    const homes = figureReport('300', 'exact', 300, { kind: 'homes-flooded', counts: 'homes flooded' });
    const damaged = figureReport('about 1,200', 'about', 1200, { kind: 'homes-damaged', counts: 'homes damaged' });
    expect(compareKind('homes-flooded', 'homes-damaged')).toBe('apart');
    const summary = summariseFigures([homes, damaged], { sourcesById: new Map(), placesById: new Map() })!;
    expect(summary).toBe('These figures count different things: homes flooded and homes damaged.');
    expect(summary).not.toMatch(/people/);
  });

  it('property: no derived sentence names people unless people are counted', () => {
    const thingArb = reportArb.filter((r) => !r.figure.kind.startsWith('people')).map((r) => ({ ...r, figure: { ...r.figure, counts: r.figure.kind === 'money' ? 'pledged' : 'homes flooded' } }));
    fc.assert(
      fc.property(fc.array(thingArb, { minLength: 2, maxLength: 4 }), (rs) => {
        const context = { sourcesById: new Map(), placesById: PLACES };
        const text = [summariseFigures(rs, context), checkCompatibility(rs, PLACES).sentence, ...checkCompatibility(rs, PLACES).pairs.map((p) => p.sentence), JSON.stringify(whatDiffers(rs, context))].join(' ');
        expect(text).not.toMatch(/people|civilians|killed/);
      }),
    );
  });

  it('requires a currency for money', () => {
    const json = aleppoJson();
    const c = json.claims[0] as { reports: { figure: Record<string, unknown> }[] };
    c.reports[0]!.figure = { ...c.reports[0]!.figure, kind: 'money', unit: 'dollars' };
    expect(parseArticleFile(json, 'x').rejectedClaims[0]!.problems[0]!.message).toContain('three-letter currency code');
  });
});
