import { describe, expect, it } from 'vitest';
import { highlightState, openState } from '../../src/core/open-state.ts';
import { pageMeta } from '../../src/core/page-meta.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));
const articleId = 'aleppo-2016-09-23';

describe('openState', () => {
  it('opens a claim and the report that stands out', () => {
    const open = openState(readable, { articleId, claimId: 'death-toll', reportId: 'hospital' });
    expect(open.claim?.id).toBe('death-toll');
    expect(open.report?.id).toBe('hospital');
    expect(open.notices).toEqual([]);
  });

  it('opens a known claim with an unknown report and names the report in a notice', () => {
    const open = openState(readable, { articleId, claimId: 'death-toll', reportId: 'forensic-team-typo' });
    expect(open.claim?.id).toBe('death-toll');
    expect(open.report).toBeUndefined();
    expect(open.notices).toEqual(['No report called “forensic-team-typo” in this claim; the whole comparison is shown.']);
  });

  it('opens nothing for an unknown source, and says so', () => {
    const open = openState(readable, { articleId, sourceId: 'nobody' });
    expect(open.source).toBeUndefined();
    expect(open.notices).toEqual(['No source called “nobody” in this article.']);
  });

  it('marks a passage that matches, and explains one that does not', () => {
    expect(openState(readable, { articleId, passage: { exact: '91 people had been killed' } }).passage).toBeDefined();
    const open = openState(readable, { articleId, passage: { exact: 'words the article never had' } });
    expect(open.passage).toBeUndefined();
    expect(open.notices[0]).toMatch(/is no longer in the article word for word, so nothing is marked\.$/);
  });
});

describe('highlightState', () => {
  const hospital = ['al-khatib'];
  it('dims nothing for a source that names nothing', () => {
    const open = openState(readable, { articleId, sourceId: 'nobody' });
    expect(highlightState(open, 'death-toll', 'hospital', hospital)).toBe('closed');
  });

  it('marks a known source’s words and dims the others', () => {
    const sohr = openState(readable, { articleId, sourceId: 'sohr' });
    expect(highlightState(sohr, 'death-toll', 'sohr', ['sohr'])).toBe('source');
    expect(highlightState(sohr, 'death-toll', 'hospital', hospital)).toBe('dimmed');
  });

  it('is open on a known claim with an unknown report', () => {
    const open = openState(readable, { articleId, claimId: 'death-toll', reportId: 'forensic-team-typo' });
    expect(highlightState(open, 'death-toll', 'hospital', hospital)).toBe('open');
  });
});

describe('pageMeta over what is open', () => {
  it('keeps the words of claim titles as written (proper nouns included)', () => {
    const { description } = pageMeta(readable, { articleId });
    expect(description).toContain('Death toll in Aleppo');
    expect(description).not.toContain('aleppo');
  });

  it('titles a report’s page with its source, and a source’s page with the article', () => {
    expect(pageMeta(readable, { articleId, claimId: 'death-toll', reportId: 'hospital' }).title).toBe(
      'How many people were killed in the bombardment of Aleppo? · al-Khatib · Tally',
    );
    expect(pageMeta(readable, { articleId, sourceId: 'sohr' }).title).toMatch(/^Syrian Observatory for Human Rights in “U\.S\., Russia Fail/);
  });
});
