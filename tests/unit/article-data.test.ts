// The Aleppo data file is faithful to the article: its body is the article's, word for word, and every
// figure, attribution and window Tally shows is taken from the article's own words.
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../src/core/article-text.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { aleppoJson, ARTICLE_FILE, seedText } from '../fixtures/aleppo.ts';

const file = parseArticleFile(aleppoJson(), ARTICLE_FILE);
const body = bodyText(file.article.blocks).text;
const lower = body.toLowerCase();

describe('the Aleppo article data', () => {
  it('holds the published text word for word, without the video player leftover', () => {
    const lines = seedText.split('\n').filter((line) => line.trim() !== '');
    const [title, playerLeftover, ...rest] = lines;
    const credit = rest.pop();
    expect(playerLeftover).toMatch(/support HTML5/);
    expect(file.article.title).toBe(title);
    expect(file.article.credit).toBe(credit);
    expect(file.article.blocks.map((b) => b.text)).toEqual(rest);
    expect(body).not.toMatch(/HTML5/);
    expect(file.article.blocks[0]).toEqual({ kind: 'video-caption', text: 'WATCH: Lavrov Calls For Syrian Peace Efforts To Continue' });
  });

  it('names the outlet and date', () => {
    expect(file.article.outlet.name).toBe('RFE/RL');
    expect(file.article.published).toBe('2016-09-23');
    expect(file.article.credit).toBe('With reporting by Reuters, AP, AFP, dpa, and TASS');
  });

  it('anchors every report of every claim', () => {
    const readable = readableArticle(file);
    expect(readable.orphans).toEqual([]);
    expect(file.rejectedClaims).toEqual([]);
  });

  it('takes every figure, window, place and chain step from the article’s words', () => {
    for (const claim of file.claims) {
      for (const report of claim.reports) {
        const quoted = [report.figure?.words, report.figure?.who?.words, report.figure?.recorded, report.window?.words, report.place?.words, ...(report.via ?? []).map((s) => s.words)];
        for (const words of quoted) {
          if (words !== undefined) expect(lower, `${claim.id}/${report.id}: "${words}"`).toContain(words.toLowerCase());
        }
      }
    }
  });

  it('names every place in the article’s words', () => {
    expect(file.places.length).toBeGreaterThan(0);
    for (const place of file.places) expect(lower, place.id).toContain(place.name.toLowerCase());
  });

  it('describes every source in the article’s words and records its other spellings', () => {
    for (const source of file.sources) {
      if (source.description) expect(lower, source.id).toContain(source.description.toLowerCase());
      for (const alias of source.aliases ?? []) expect(body, source.id).toContain(alias);
    }
    expect(file.sources.find((s) => s.id === 'abu-jaafar')?.aliases).toEqual(['Abu Jafaar']);
  });

  it('records the death tolls with their sources, the outlet’s own “dozens” among them', () => {
    const toll = file.claims.find((c) => c.id === 'death-toll')!;
    expect(toll.question).toBe('How many people were killed in the bombardment of Aleppo?');
    // SOHR's toll states no hours or place of its own: those belong to the air strikes in the same sentence.
    expect(toll.reports[0]!.window).toBeUndefined();
    expect(toll.reports[0]!.place).toBeUndefined();
    // The forensic count names no group beyond "deaths", and is what one man documented.
    expect(toll.reports[1]!.figure!.who).toBeUndefined();
    expect(toll.reports[1]!.figure!.recorded).toBe('documented');
    expect(toll.reports.map((r) => [r.sourceIds, r.figure?.words, r.figure?.qualifier])).toEqual([
      [['sohr'], 'at least 27', 'at-least'],
      [['abu-jaafar'], '54', 'exact'],
      [['al-khatib'], '91', 'exact'],
      [['rfe-rl'], 'dozens', 'vague'],
    ]);
  });

  it('records the truce talks as Kerry against Lavrov', () => {
    const talks = file.claims.find((c) => c.id === 'truce-talks')!;
    expect(talks.kind).toBe('statement');
    expect(talks.reports.map((r) => r.sourceIds[0])).toEqual(['kerry', 'lavrov']);
    expect(talks.reports[0]!.quote.exact).toContain('"little progress"');
    // Kerry said it himself: his own statement, not a second-hand report.
    expect(talks.reports[0]!.via).toEqual([{ words: 'reported', kind: 'said' }]);
  });
});
