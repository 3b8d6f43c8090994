import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/core/format-date.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { sitePages } from '../../src/core/site-pages.ts';
import { formatRoute } from '../../src/core/url-state.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

describe('sitePages', () => {
  const file = parseArticleFile(aleppoJson(), ARTICLE_FILE);
  const paths = sitePages([{ id: file.article.id, claims: file.claims, sources: file.sources }]).map((route) => formatRoute(route));

  it('lists the library, the article, every source, every claim and every report within a claim', () => {
    expect(paths.slice(0, 3)).toEqual(['/', '/aleppo-2016-09-23/', '/aleppo-2016-09-23/sources/sohr/']);
    expect(paths).toContain('/aleppo-2016-09-23/death-toll/');
    expect(paths).toContain('/aleppo-2016-09-23/death-toll/hospital/');
    const reports = file.claims.reduce((n, c) => n + c.reports.length, 0);
    expect(paths).toHaveLength(2 + file.sources.length + file.claims.length + reports);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('ends with a page for each source shared across articles', () => {
    const withShared = sitePages([{ id: file.article.id, claims: file.claims, sources: file.sources }], ['john-kerry']).map((route) => formatRoute(route));
    expect(withShared.at(-1)).toBe('/sources/john-kerry/');
  });
});

describe('formatLongDate', () => {
  it('writes a date the same way everywhere', () => {
    expect(formatLongDate('2016-09-23')).toBe('23 September 2016');
    expect(formatLongDate('2016-01-05')).toBe('5 January 2016');
  });

  it('gives back what it cannot read', () => {
    expect(formatLongDate('sometime')).toBe('sometime');
  });
});
