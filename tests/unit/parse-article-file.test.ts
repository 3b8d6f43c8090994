import { describe, expect, it } from 'vitest';
import {
  DataFileError,
  describeProblem,
  formatDataPath,
  parseArticleFile,
} from '../../src/core/parse-article-file.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return error.problems.map(describeProblem);
    throw error;
  }
  throw new Error('expected a DataFileError');
}

describe('parseArticleFile', () => {
  it('accepts the real Aleppo data with every claim', () => {
    const file = parseArticleFile(aleppoJson(), ARTICLE_FILE);
    expect(file.article.id).toBe('aleppo-2016-09-23');
    expect(file.rejectedClaims).toEqual([]);
    expect(file.claims.map((c) => c.id)).toContain('death-toll');
    expect(file.claims.length).toBe(aleppoJson().claims.length);
  });

  it('names the file, the path and what was expected when the article title has the wrong type', () => {
    const json = aleppoJson();
    json.article.title = 42;
    const error = (() => {
      try {
        parseArticleFile(json, ARTICLE_FILE);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).file).toBe(ARTICLE_FILE);
    expect((error as DataFileError).message).toContain(ARTICLE_FILE);
    expect(problemsOf(() => parseArticleFile(json, ARTICLE_FILE))).toEqual(['at article.title: expected string, received 42']);
  });

  it('reports a missing field by its path', () => {
    const json = aleppoJson();
    delete json.article.published;
    expect(problemsOf(() => parseArticleFile(json, ARTICLE_FILE))).toEqual([
      'at article.published: expected the field "published", received nothing',
    ]);
  });

  it('says what a badly formed date should look like', () => {
    const json = aleppoJson();
    json.article.published = '23/09/2016';
    expect(problemsOf(() => parseArticleFile(json, ARTICLE_FILE))).toEqual([
      'at article.published: expected a date such as "2016-09-23", received "23/09/2016"',
    ]);
  });

  it('rejects a file that is not an article at all', () => {
    expect(problemsOf(() => parseArticleFile('hello', ARTICLE_FILE))).toEqual(['expected Object, received "hello"']);
    expect(problemsOf(() => parseArticleFile([], ARTICLE_FILE))).toEqual([
      'at version: expected the field "version", received nothing',
      'at article: expected the field "article", received nothing',
      'at sources: expected the field "sources", received nothing',
      'at claims: expected the field "claims", received nothing',
    ]);
  });

  it('rejects two sources with one id, naming both places', () => {
    const json = aleppoJson();
    json.sources.push({ ...json.sources[0] });
    const problems = problemsOf(() => parseArticleFile(json, ARTICLE_FILE));
    expect(problems).toEqual([
      'at sources[0].id: expected a unique source id, received "sohr" twice',
      `at sources[${json.sources.length - 1}].id: expected a unique source id, received "sohr" twice`,
    ]);
  });

  it('sets aside a malformed claim with its reasons and keeps the others', () => {
    const json = aleppoJson();
    const claims = json.claims as { reports: { quote: { exact: unknown } }[] }[];
    claims[1]!.reports[0]!.quote.exact = 7;
    const file = parseArticleFile(json, ARTICLE_FILE);
    expect(file.claims.length).toBe(json.claims.length - 1);
    expect(file.rejectedClaims).toHaveLength(1);
    const [rejected] = file.rejectedClaims;
    expect(rejected).toMatchObject({ index: 1, id: 'truce-talks', title: 'Outcome of the truce talks' });
    expect(rejected!.problems.map(describeProblem)).toEqual(['at claims[1].reports[0].quote.exact: expected string, received 7']);
  });

  it('sets aside a claim whose report cites an unknown source', () => {
    const json = aleppoJson();
    const claims = json.claims as { reports: { sourceIds: string[] }[] }[];
    claims[0]!.reports[2]!.sourceIds = ['al-khatib', 'nobody'];
    const file = parseArticleFile(json, ARTICLE_FILE);
    expect(file.claims.map((c) => c.id)).not.toContain('death-toll');
    expect(file.rejectedClaims[0]!.problems.map(describeProblem)).toEqual([
      'at claims[0].reports[2].sourceIds[1]: expected the id of a source in "sources", received "nobody"',
    ]);
  });

  it('keeps the first of two claims with one id and sets aside the second', () => {
    const json = aleppoJson();
    json.claims.push(structuredClone(json.claims[0]!));
    const file = parseArticleFile(json, ARTICLE_FILE);
    expect(file.claims.filter((c) => c.id === 'death-toll')).toHaveLength(1);
    expect(file.rejectedClaims[0]!.problems.map(describeProblem)).toEqual([
      `at claims[${json.claims.length - 1}].id: expected a unique claim id, received "death-toll" again`,
    ]);
  });

  it('rejects duplicate report ids within a claim', () => {
    const json = aleppoJson();
    const claims = json.claims as { reports: { id: string }[] }[];
    claims[0]!.reports[1]!.id = 'sohr';
    const file = parseArticleFile(json, ARTICLE_FILE);
    expect(file.rejectedClaims[0]!.problems.map(describeProblem)).toEqual([
      'at claims[0].reports[0].id: expected a unique report id, received "sohr" twice',
      'at claims[0].reports[1].id: expected a unique report id, received "sohr" twice',
    ]);
  });

  it('explains what a slug is when an id is not one', () => {
    const json = aleppoJson();
    json.claims[0]!.id = 'Death Toll';
    const file = parseArticleFile(json, ARTICLE_FILE);
    expect(file.rejectedClaims[0]!.problems.map(describeProblem)).toEqual([
      'at claims[0].id: expected a slug of lower-case letters, digits and hyphens, such as "death-toll", received "Death Toll"',
    ]);
  });

  it('requires a figure to carry a value, or a range for vague words', () => {
    const json = aleppoJson();
    const claims = json.claims as { reports: { figure: Record<string, unknown> }[] }[];
    delete claims[0]!.reports[0]!.figure.value;
    const file = parseArticleFile(json, ARTICLE_FILE);
    expect(file.rejectedClaims[0]!.problems.map(describeProblem)).toEqual([
      'at claims[0].reports[0].figure: expected a "value", or for vague words a "low" and "high" with low <= high, received an object',
    ]);
  });

  it('rejects a claim that is not an object', () => {
    const json = aleppoJson();
    json.claims.push('oops' as unknown as Record<string, unknown>);
    const file = parseArticleFile(json, ARTICLE_FILE);
    expect(file.rejectedClaims[0]).toMatchObject({ id: undefined, title: undefined });
    expect(file.rejectedClaims[0]!.problems[0]!.message).toMatch(/^expected Object, received "oops"/);
  });
});

describe('formatDataPath', () => {
  it('writes keys and indexes as a reader would type them', () => {
    expect(formatDataPath(['claims', 3, 'reports', 0, 'quote', 'exact'])).toBe('claims[3].reports[0].quote.exact');
    expect(formatDataPath([])).toBe('');
  });
});
