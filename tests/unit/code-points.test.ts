import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointPositions, sliceCodePoints } from '../../src/core/code-points.ts';
import { articleOrigin, annotatedAddress } from '../../src/core/article-origin.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import type { Article } from '../../src/core/schema.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

describe('code-point positions', () => {
  it('equal UTF-16 indices in text without astral characters', () => {
    const at = codePointPositions('Aleppo, 23 Sept');
    expect([0, 5, 15].map(at)).toEqual([0, 5, 15]);
  });

  it('count a character outside the BMP once', () => {
    const text = 'a😮b🇸🇾c';
    const at = codePointPositions(text);
    expect(at(text.indexOf('b'))).toBe(2);
    expect(at(text.indexOf('c'))).toBe(5);
    expect(sliceCodePoints(text, 2, 5)).toBe('b🇸🇾');
  });

  it('agree with counting the code points of the text before the index, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (text, n) => {
        const index = text.length === 0 ? 0 : n % (text.length + 1);
        expect(codePointPositions(text)(index)).toBe(Array.from(text.slice(0, index)).length);
      }),
    );
  });
});

describe('the article’s origin', () => {
  // An article without an origin (as packs could be before the format required one): what the fallback is for.
  const article = { ...parseArticleFile(aleppoJson(), ARTICLE_FILE).article, origin: undefined } as unknown as Article;

  it('is read from the pack when it states one', () => {
    const origin = { url: 'https://www.rferl.org/a/example.html', retrieved: '2026-11-01', language: 'en' };
    expect(articleOrigin({ ...article, origin } as Article)).toEqual(origin);
    expect(annotatedAddress({ ...article, origin } as Article, 'https://tally.example/a/')).toEqual({ url: origin.url, original: true });
  });

  it('falls back to Tally’s page of the article, said so, when the pack states none or an unusable one', () => {
    expect(articleOrigin(article)).toBeUndefined();
    expect(articleOrigin({ ...article, origin: { url: 'not a url' } } as unknown as Article)).toBeUndefined();
    expect(annotatedAddress(article, 'https://tally.example/a/')).toEqual({ url: 'https://tally.example/a/', original: false });
  });
});
