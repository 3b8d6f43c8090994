// The HTML the build writes for a page escapes every payload in the data: nothing in it can run.
import { describe, expect, it } from 'vitest';
import { headTags } from '../../scripts/page-head.ts';
import { pageMeta, articleStructuredData } from '../../src/core/page-meta.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { scriptSafeJson } from '../../src/core/script-safe-json.ts';
import { renderPage } from '../../src/entry-server.tsx';
import { ARTICLE_FILE } from '../fixtures/aleppo.ts';
import { injectedFile } from '../fixtures/payloads.ts';

const json = injectedFile();
const readable = readableArticle(parseArticleFile(json, ARTICLE_FILE));

/** What a payload would leave in the markup had it got in as markup rather than text. */
const INJECTED_MARKUP = /<img src=x|<svg onload|<iframe|<script>|<\/title><script/i;

describe('prerendered HTML with payloads in every text field', () => {
  for (const path of ['/aleppo-2016-09-23/', '/aleppo-2016-09-23/injected/payload/', '/aleppo-2016-09-23/sources/sohr/', '/aleppo-2016-09-23/death-toll/']) {
    it(`escapes them in the body of ${path}`, async () => {
      const html = await renderPage({ path, files: { [ARTICLE_FILE]: json } });
      expect(html).not.toMatch(INJECTED_MARKUP);
      expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    });
  }

  it('escapes them in the head, structured data and embedded data', () => {
    for (const route of [{}, { articleId: 'aleppo-2016-09-23', claimId: 'injected', reportId: 'payload' }, { articleId: 'aleppo-2016-09-23', sourceId: 'sohr' }]) {
      const head = headTags(pageMeta(readable, route), 'https://tally.test/', { type: 'article', structuredData: articleStructuredData(readable, 'https://tally.test/') });
      const withoutDataBlock = head.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '');
      expect(withoutDataBlock).not.toMatch(INJECTED_MARKUP);
      expect(head).not.toContain('</title><script>');
    }
    expect(scriptSafeJson(json)).not.toMatch(/<\/?script|<img|<iframe/i);
  });
});
