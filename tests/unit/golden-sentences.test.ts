// Every sentence Tally derives, for the seed and each synthetic fixture, against its golden file. A change
// to any sentence fails here until the golden file is updated (TALLY_UPDATE_GOLDEN=1) and read in review.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { aleppoJson, ARTICLE_ID } from '../fixtures/aleppo.ts';
import { deriveSentences } from '../golden/derive-sentences.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const fixtureDir = here('../site/articles/');
const fixtures = existsSync(fixtureDir) ? readdirSync(fixtureDir).filter((f) => f.endsWith('.json')) : [];
const articles: [string, unknown][] = [
  [ARTICLE_ID, aleppoJson()],
  ...fixtures.map((f): [string, unknown] => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${fixtureDir}${f}`, 'utf8'))]),
];

describe('golden sentences', () => {
  it('covers the seed and at least three synthetic articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(articles)('%s reads as its golden file', (id, json) => {
    const file = parseArticleFile(json, `data/articles/${id}.json`);
    expect(file.rejectedClaims).toEqual([]);
    const readable = readableArticle(file);
    expect(readable.orphans).toEqual([]);
    // Fixtures keep the seed's rule: every figure, group, verb, window, place and chain step is the article's words.
    const lower = readable.body.text.toLowerCase();
    for (const claim of file.claims) {
      for (const r of claim.reports) {
        const words = [r.figure?.words, r.figure?.who?.words, r.figure?.recorded, r.window?.words, r.place?.words, ...(r.via ?? []).map((s) => s.words)];
        for (const w of words) if (w !== undefined) expect(lower, `${claim.id}/${r.id}: "${w}"`).toContain(w.toLowerCase());
      }
    }
    for (const place of file.places) expect(lower, place.id).toContain(place.name.toLowerCase());
    const text = deriveSentences(readable);
    const golden = here(`../golden/${id}.txt`);
    if (process.env.TALLY_UPDATE_GOLDEN) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});
