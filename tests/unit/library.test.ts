import { describe, expect, it } from 'vitest';
import { claimLabel } from '../../src/core/describe-claim.ts';
import { libraryPageFile, libraryPageOfFile, sharedSourceFile, sharedSourceOfFile } from '../../src/core/data-files.ts';
import { librarySearch, type LibraryEntry } from '../../src/core/library.ts';
import { libraryEntry, libraryPages, sharedSourceFiles, sharedSourcePages } from '../../src/core/library-files.ts';
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
    const [index] = libraryPages([
      entry({ id: 'b', title: 'B', published: '2020-01-01' }),
      entry({ id: 'c', title: 'C', published: '2021-06-01' }),
      entry({ id: 'a', title: 'A', published: '2020-01-01' }),
    ]);
    expect(index!.articles.map((a) => a.id)).toEqual(['c', 'a', 'b']);
  });

  it('splits the index into the first screen and pages of a fixed size, each knowing the total and its place', () => {
    const entries = Array.from({ length: 8 }, (_, i) => entry({ id: `a-${i}`, title: `T${i}`, published: `2020-01-0${i + 1}` }));
    const pages = libraryPages(entries, 3, 2);
    expect(pages.map((p) => p.articles.map((a) => a.id))).toEqual([['a-7', 'a-6', 'a-5'], ['a-4', 'a-3'], ['a-2', 'a-1'], ['a-0']]);
    expect(pages.map((p) => [p.page, p.pages, p.total])).toEqual([[1, 4, 8], [2, 4, 8], [3, 4, 8], [4, 4, 8]]);
    // Every article is on exactly one page.
    expect(pages.flatMap((p) => p.articles).map((a) => a.id).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(libraryPages(entries.slice(0, 3), 3, 2)).toHaveLength(1);
    expect(libraryPages([], 3, 2)).toEqual([{ total: 0, page: 1, pages: 1, articles: [] }]);
    expect(() => libraryPages(entries, 0, 2)).toThrow(RangeError);
  });

  it('matches every word of a query in the title, outlet or a source’s name, in any case and without accents', () => {
    const line = entry({ title: 'Floods in São Paulo', outlet: 'Folha', sources: ['Defesa Civil'] });
    const other = entry({ id: 'other', title: 'Earthquake', outlet: 'Gazette', sources: [] });
    const search = librarySearch([line, other]);
    expect(search('sao paulo')).toEqual([line]);
    expect(search('FOLHA civil')).toEqual([line]);
    expect(search('folha earthquake')).toEqual([]);
    expect(search('   ')).toEqual([line, other]);
    expect(search('e')).toEqual([line, other]);
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

describe('the files of the library and of shared sources', () => {
  it('names each page of the index, page 1 being the first screen, and reads the page back from the name', () => {
    expect([1, 2, 12].map(libraryPageFile)).toEqual(['data/library.json', 'data/library/2.json', 'data/library/12.json']);
    for (const page of [1, 2, 12]) expect(libraryPageOfFile(libraryPageFile(page))).toBe(page);
    // One name per page: page 1 has no second address.
    expect(libraryPageOfFile('data/library/1.json')).toBeUndefined();
    expect(libraryPageOfFile('data/library/x.json')).toBeUndefined();
    expect(libraryPageOfFile('data/articles/library.json')).toBeUndefined();
  });

  it('names each page of a shared source and reads the source and page back from the name', () => {
    expect(sharedSourceFile('sohr')).toBe('data/sources/sohr.json');
    expect(sharedSourceFile('sohr', 3)).toBe('data/sources/sohr/3.json');
    for (const page of [1, 2, 30]) expect(sharedSourceOfFile(sharedSourceFile('a-source', page))).toEqual({ sharedId: 'a-source', page });
    expect(sharedSourceOfFile('data/sources/sohr/1.json')).toBeUndefined();
    expect(sharedSourceOfFile('data/library.json')).toBeUndefined();
  });

  it('splits a shared source into its first screen and later pages, each counting every article and report', () => {
    const whole = sharedSourcePages([readable])[0]!;
    const many = { ...whole, total: 5, reports: 5, articles: Array.from({ length: 5 }, (_, i) => ({ ...whole.articles[0]!, id: `article-${i}` })) };
    const files = sharedSourceFiles(many, 2, 2);
    expect(files.map((f) => [f.page, f.pages, f.total, f.reports, f.articles.map((a) => a.id)])).toEqual([
      [1, 3, 5, 5, ['article-0', 'article-1']],
      [2, 3, 5, 5, ['article-2', 'article-3']],
      [3, 3, 5, 5, ['article-4']],
    ]);
    expect(whole).toMatchObject({ total: 1, page: 1, pages: 1, reports: whole.articles[0]!.reports.length });
  });
});
