// One test per broken or unusual data file: each yields a specific message naming the file and the field,
// and every claim that is fine still works.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFileError, describeProblem, parseArticleFile } from '../../src/core/parse-article-file.ts';
import { segmentBlocks, readableArticle, reportKey } from '../../src/core/readable-article.ts';
import { fetchDataFile } from '../../src/data/fetch-data-file.ts';
import { ARTICLE_FILE } from '../fixtures/aleppo.ts';
import { BROKEN_FILES, hugeParagraphFile, scriptsFile } from '../fixtures/broken-data.ts';

afterEach(() => vi.unstubAllGlobals());

function load(text: string) {
  return readableArticle(parseArticleFile(JSON.parse(text) as unknown, ARTICLE_FILE));
}

function fileErrorOf(text: string): string[] {
  try {
    load(text);
  } catch (error) {
    if (error instanceof DataFileError) return error.problems.map((p) => `${p.file} ${describeProblem(p)}`);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const placed = (article: ReturnType<typeof load>) => article.claims.filter((c) => c.reports.some((r) => article.ranges.has(reportKey(c.id, r.id)))).map((c) => c.id);

describe('broken data files', () => {
  it('malformed JSON: names the file and says it does not parse', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(BROKEN_FILES.malformedJson)));
    const error = await fetchDataFile(ARTICLE_FILE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).message).toMatch(/^data\/articles\/aleppo-2016-09-23\.json is not a valid data file: expected JSON, but the file does not parse/);
  });

  it('wrong types: names the field and the type expected', () => {
    expect(fileErrorOf(BROKEN_FILES.wrongTypes)).toEqual([`${ARTICLE_FILE} at article.title: expected string, received 42`]);
  });

  it('a missing field: sets the claim aside with the field named, the rest works', () => {
    const article = load(BROKEN_FILES.missingField);
    expect(article.rejectedClaims.map((r) => r.problems.map(describeProblem))).toEqual([['at claims[1].question: expected the field "question", received nothing']]);
    expect(placed(article)).toContain('death-toll');
    expect(placed(article)).not.toContain('truce-talks');
  });

  it('a report citing an unknown source: names the source id and where it is', () => {
    const article = load(BROKEN_FILES.unknownSource);
    expect(article.rejectedClaims[0]!.problems.map(describeProblem)).toEqual([
      'at claims[0].reports[2].sourceIds[1]: expected the id of a source in "sources", received "nobody"',
    ]);
    expect(placed(article)).toContain('truce-talks');
  });

  it('duplicate claim ids: the second is set aside, the first works', () => {
    const article = load(BROKEN_FILES.duplicateClaimIds);
    expect(article.rejectedClaims[0]!.problems.map(describeProblem)).toEqual(['at claims[1].id: expected a unique claim id, received "death-toll" again']);
    expect(article.claims.filter((c) => c.id === 'death-toll')).toHaveLength(1);
  });

  it('duplicate source ids: the file is refused, naming both places', () => {
    expect(fileErrorOf(BROKEN_FILES.duplicateSourceIds)).toEqual([
      `${ARTICLE_FILE} at sources[0].id: expected a unique source id, received "sohr" twice`,
      `${ARTICLE_FILE} at sources[1].id: expected a unique source id, received "sohr" twice`,
    ]);
  });

  it('a quote not in the text: an orphan with its reason, never placed elsewhere', () => {
    const article = load(BROKEN_FILES.quoteNotInText);
    expect(article.orphans).toEqual([{ claimId: 'death-toll', reportId: 'hospital', failure: { reason: 'not-found' } }]);
    expect(article.ranges.has(reportKey('death-toll', 'sohr'))).toBe(true);
  });

  it('an ambiguous quote: an orphan saying how often it occurs', () => {
    const article = load(BROKEN_FILES.ambiguousQuote);
    const orphan = article.orphans[0]!;
    expect(orphan).toMatchObject({ claimId: 'death-toll', reportId: 'hospital', failure: { reason: 'ambiguous' } });
    expect(orphan.failure.reason === 'ambiguous' && orphan.failure.candidates).toBeGreaterThan(5);
  });

  it('overlapping quotes: both claims are placed, and the shared words carry both', () => {
    const article = load(BROKEN_FILES.overlappingQuotes);
    expect(article.orphans).toEqual([]);
    const shared = segmentBlocks(article.body, article.marks).flat().find((s) => s.marks.length === 2)!;
    expect(shared.text).toBe('at least 27 civilians had been killed');
    expect(shared.marks.map((m) => m.claimId)).toEqual(['death-toll', 'air-strikes']);
  });

  it('an empty article: refused, naming the field', () => {
    expect(fileErrorOf(BROKEN_FILES.emptyArticle)).toEqual([`${ARTICLE_FILE} at article.blocks: expected at least one block of text, received an empty list`]);
  });

  it('a 2 MB paragraph: read, anchored and cut into runs that give back its text', () => {
    const json = hugeParagraphFile();
    const article = readableArticle(parseArticleFile(json, ARTICLE_FILE));
    const last = article.body.blocks.length - 1;
    expect(article.body.blocks[last]!.block.text.length).toBeGreaterThan(2_000_000);
    expect(article.ranges.has(reportKey('late-count', 'monitor'))).toBe(true);
    expect(segmentBlocks(article.body, article.marks)[last]!.map((s) => s.text).join('')).toBe(article.body.blocks[last]!.block.text);
    expect(placed(article)).toContain('death-toll');
  });

  it('right-to-left text, combining characters and emoji: quoted exactly, never split', () => {
    const article = readableArticle(parseArticleFile(scriptsFile(), ARTICLE_FILE));
    const last = article.body.blocks.length - 1;
    const runs = segmentBlocks(article.body, article.marks)[last]!;
    expect(runs.map((s) => s.text).join('')).toBe(article.body.blocks[last]!.block.text);
    expect(runs.filter((s) => s.marks.length).map((s) => s.text)).toEqual(['27 مدنيا قتلوا في حلب', 'e\u0301, and', '👩🏽‍⚕️ doctors']);
    // No run starts or ends in the middle of a surrogate pair (an emoji cut in two).
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const run of runs) expect(run.text).not.toMatch(lone);
  });
});

describe('no input makes the core throw anything but a typed error', () => {
  it('parseArticleFile either reads a file or throws DataFileError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ article: fc.anything(), sources: fc.anything(), claims: fc.array(fc.anything()) })), (json) => {
        try {
          parseArticleFile(json, ARTICLE_FILE);
        } catch (error) {
          expect(error).toBeInstanceOf(DataFileError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
