import { describe, expect, it } from 'vitest';
import { claimFiguresLine, reportGist } from '../../src/core/describe-claim.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));

describe('one-line summaries', () => {
  it('gives each source’s figure in one line', () => {
    const toll = readable.claims.find((c) => c.id === 'death-toll')!;
    expect(claimFiguresLine(toll.reports, readable.sourcesById)).toBe(
      'SOHR: at least 27 civilians killed · Abu Jaafar: 54 deaths documented · al-Khatib: 91 people killed · RFE/RL: dozens of people killed',
    );
  });

  it('shortens long statements', () => {
    const lavrov = readable.claims.find((c) => c.id === 'truce-talks')!.reports[1]!;
    expect(reportGist(lavrov, 30)).toBe('“said no agreements were found…”');
  });
});
