import { describe, expect, it } from 'vitest';
import { claimLabel } from '../../src/core/describe-claim.ts';
import { libraryEntry, libraryIndex, matchesQuery, sharedSourcePages, type LibraryEntry } from '../../src/core/library.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));

const entry = (overrides: Partial<LibraryEntry>): LibraryEntry => ({
  id: 'an-article',
  title: 'A title',
  outlet: 'An outlet',
  published: '2020-01-01',
  claims: 0,
  claimsDiffering: 0,
  sources: [],
  ...overrides,
});

describe('the library', () => {
  it('describes an article by title, outlet, date, claims and claims whose sources differ', () => {
    const line = libraryEntry(readable);
    expect(line).toMatchObject({ id: 'aleppo-2016-09-23', outlet: 'RFE/RL', published: '2016-09-23', claims: 13, claimsDiffering: 1 });
    expect(line.sources).toContain('Syrian Observatory for Human Rights');
  });

  it('counts a claim as differing exactly when the reader labels it so', () => {
    for (const c of readable.claims) {
      expect(libraryEntry({ ...readable, claims: [c] }).claimsDiffering).toBe(claimLabel(c, readable.placesById).endsWith('sources differ') ? 1 : 0);
    }
  });

  it('lists the newest first, and by title within a day, whatever order the files come in', () => {
    const index = libraryIndex([
      entry({ id: 'b', title: 'B', published: '2020-01-01' }),
      entry({ id: 'c', title: 'C', published: '2021-06-01' }),
      entry({ id: 'a', title: 'A', published: '2020-01-01' }),
    ]);
    expect(index.articles.map((a) => a.id)).toEqual(['c', 'a', 'b']);
    expect(libraryIndex(index.articles, 2)).toMatchObject({ total: 3, articles: [{ id: 'c' }, { id: 'a' }] });
  });

  it('matches every word of a query in the title, outlet or a source’s name, in any case and without accents', () => {
    const line = entry({ title: 'Floods in São Paulo', outlet: 'Folha', sources: ['Defesa Civil'] });
    expect(matchesQuery(line, 'sao paulo')).toBe(true);
    expect(matchesQuery(line, 'FOLHA civil')).toBe(true);
    expect(matchesQuery(line, 'folha earthquake')).toBe(false);
    expect(matchesQuery(line, '   ')).toBe(true);
  });
});

describe('sources shared across articles', () => {
  it('joins sources by their shared id only, listing each article’s reports with what they said', () => {
    const other = aleppoJson();
    other.article.id = 'other-article';
    other.article.published = '2016-10-01';
    // The same organisation under another local id; a source without a shared id is never joined.
    other.sources[0]!.id = 'observatory';
    for (const c of other.claims as { reports: { sourceIds: string[] }[] }[]) {
      for (const r of c.reports) r.sourceIds = r.sourceIds.map((id) => (id === 'sohr' ? 'observatory' : id));
    }
    const pages = sharedSourcePages([readable, readableArticle(parseArticleFile(other, 'data/articles/other-article.json'))]);
    const sohr = pages.find((p) => p.sharedId === 'syrian-observatory-for-human-rights')!;
    expect(sohr.articles.map((a) => [a.id, a.sourceId])).toEqual([
      ['other-article', 'observatory'],
      ['aleppo-2016-09-23', 'sohr'],
    ]);
    expect(sohr.articles[1]!.reports[0]).toEqual({
      claimId: 'death-toll',
      claimTitle: 'Death toll in Aleppo',
      reportId: 'sohr',
      gist: 'at least 27 civilians killed',
      with: [],
    });
    expect(pages.map((p) => p.sharedId)).not.toContain('army-source');
  });
});
