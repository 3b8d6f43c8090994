import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, bodyText } from '../../src/core/article-text.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { segmentBlocks, placedReports, readableArticle, reportKey } from '../../src/core/readable-article.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

function readable(edit: (json: ReturnType<typeof aleppoJson>) => void = () => undefined) {
  const json = aleppoJson();
  edit(json);
  return readableArticle(parseArticleFile(json, ARTICLE_FILE));
}

type Quote = { exact: string; prefix?: string };
const reportsOf = (json: ReturnType<typeof aleppoJson>, claim: number) =>
  (json.claims[claim] as { reports: { quote: Quote }[] }).reports;

describe('bodyText', () => {
  it('joins blocks with a blank line and records where each sits', () => {
    const body = bodyText([
      { kind: 'paragraph', text: 'One.' },
      { kind: 'paragraph', text: 'Two.' },
    ]);
    expect(body.text).toBe(`One.${BLOCK_SEPARATOR}Two.`);
    expect(body.blocks.map(({ start, end }) => body.text.slice(start, end))).toEqual(['One.', 'Two.']);
  });
});

describe('readableArticle', () => {
  it('cuts every block into runs that give back its text exactly', () => {
    const article = readable();
    article.body.blocks.forEach(({ block }, b) => {
      expect(segmentBlocks(article.body, article.marks)[b]!.map((s) => s.text).join('')).toBe(block.text);
    });
  });

  it('cuts any run of blocks as it cuts the whole article, for drawing a long article in parts', () => {
    const article = readable();
    const whole = segmentBlocks(article.body, article.marks);
    const count = article.body.blocks.length;
    for (const [from, to] of [[0, 1], [1, 3], [2, count], [count - 1, count]] as const) {
      expect(segmentBlocks(article.body, article.marks, from, to)).toEqual(whole.slice(from, to));
    }
    expect(segmentBlocks(article.body, article.marks, 3, 3)).toEqual([]);
  });

  it('highlights each report of the death toll in its own paragraph', () => {
    const article = readable();
    const marked = segmentBlocks(article.body, article.marks).flat().filter((s) => s.marks[0]?.claimId === 'death-toll');
    expect(marked.slice(1).map((s) => [s.marks[0]!.reportId, s.text])).toEqual([
      ['sohr', 'at least 27 civilians had been killed'],
      ['forensic-team', 'he had documented 54 deaths since late on September 22, including many women and children'],
      ['hospital', '91 people had been killed'],
    ]);
    expect(marked[0]).toMatchObject({ text: 'warplanes bombarded rebel-held areas of Aleppo, killing dozens of people' });
  });

  it('lists a report whose quote is not in the text as an orphan and keeps the rest of the claim', () => {
    const article = readable((json) => {
      reportsOf(json, 0)[1]!.quote.exact = 'he had documented 55 deaths';
    });
    expect(article.orphans).toEqual([{ claimId: 'death-toll', reportId: 'forensic-team', failure: { reason: 'not-found' } }]);
    const toll = article.claims.find((c) => c.id === 'death-toll')!;
    expect(placedReports(article, toll).map((r) => r.id)).toEqual(['sohr', 'hospital', 'article']);
    expect(article.ranges.has(reportKey('death-toll', 'forensic-team'))).toBe(false);
  });

  it('orphans an ambiguous quote rather than guessing', () => {
    const article = readable((json) => {
      reportsOf(json, 0)[2]!.quote.exact = 'Aleppo';
    });
    expect(article.orphans).toEqual([
      { claimId: 'death-toll', reportId: 'hospital', failure: { reason: 'ambiguous', candidates: expect.any(Number) as number } },
    ]);
  });

  it('keeps both claims reachable where their quotes overlap', () => {
    const article = readable((json) => {
      // The air-strike quote is made to reach over the death toll's words.
      reportsOf(json, 2)[0]!.quote.exact =
        'at least 30 air strikes had targeted different areas of Aleppo during the early morning of September 23 and said at least 27 civilians';
    });
    const runs = segmentBlocks(article.body, article.marks).flat().filter((s) => s.marks.length > 0 && /at least (30|27)/.test(s.text));
    expect(runs.map((s) => [s.text.slice(0, 20), s.marks.map((m) => m.claimId)])).toEqual([
      ['at least 30 air stri', ['air-strikes']],
      ['at least 27 civilian', ['death-toll', 'air-strikes']],
    ]);
  });

  it('keeps the map of sources by id', () => {
    expect(readable().sourcesById.get('sohr')?.shortName).toBe('SOHR');
  });
});

describe('readableArticle with quote positions from an earlier anchoring', () => {
  const json = aleppoJson();
  const file = parseArticleFile(json, ARTICLE_FILE);
  const fresh = readableArticle(file);
  const starts = Object.fromEntries([...fresh.ranges].map(([key, range]) => [key, range.start]));

  it('gives the same result as anchoring from scratch', () => {
    const hinted = readableArticle(file, starts);
    expect(hinted.ranges).toEqual(fresh.ranges);
    expect(segmentBlocks(hinted.body, hinted.marks)).toEqual(segmentBlocks(fresh.body, fresh.marks));
  });

  it('checks each position word for word and searches again where it is wrong', () => {
    const hinted = readableArticle(file, { ...starts, [reportKey('death-toll', 'hospital')]: 0 });
    expect(hinted.ranges.get(reportKey('death-toll', 'hospital'))).toEqual(fresh.ranges.get(reportKey('death-toll', 'hospital')));
  });

  it('never marks words that are not the quote, whatever it is told', () => {
    const changed = aleppoJson();
    reportsOf(changed, 0)[2]!.quote.exact = '92 people had been killed';
    const hinted = readableArticle(parseArticleFile(changed, ARTICLE_FILE), starts);
    expect(hinted.ranges.has(reportKey('death-toll', 'hospital'))).toBe(false);
    expect(hinted.orphans).toEqual([{ claimId: 'death-toll', reportId: 'hospital', failure: { reason: 'not-found' } }]);
  });
});

describe('positions carried by a prerendered page', () => {
  it('are checked against prefix and suffix like a search, and searched for when they do not fit', async () => {
    const { parseArticleFile: parse } = await import('../../src/core/parse-article-file.ts');
    const json = aleppoJson();
    type Quote = { exact: string; prefix?: string; suffix?: string };
    const claims = json.claims as unknown as { id: string; reports: { id: string; quote: Quote }[] }[];
    const report = claims.find((c) => c.id === 'death-toll')!.reports.find((r) => r.id === 'hospital')!;
    const first = readableArticle(parse(json, ARTICLE_FILE));
    const key = reportKey('death-toll', 'hospital');
    const good = first.ranges.get(key)!;
    // A wrong prefix: the search orphans the report, and a carried position must not place it either.
    report.quote = { ...report.quote, prefix: 'words that are not before it ' };
    const file = parse(json, ARTICLE_FILE);
    expect(readableArticle(file).ranges.has(key)).toBe(false);
    expect(readableArticle(file, { [key]: good.start }).ranges.has(key)).toBe(false);
  });
});
