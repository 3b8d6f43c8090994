import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/core/anchor-quote.ts';
import { citeComparison } from '../../src/core/citation.ts';
import { articleStructuredData, pageMeta } from '../../src/core/page-meta.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { passageSelector, trimRange } from '../../src/core/passage.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { escapeHtml, headTags, withHead } from '../../scripts/page-head.ts';
import { scriptSafeJson } from '../../src/core/script-safe-json.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));
const text = readable.body.text;
const claim = (id: string) => readable.claims.find((c) => c.id === id)!;

describe('passageSelector', () => {
  it('needs no context for words that occur once', () => {
    const start = text.indexOf('91 people');
    expect(passageSelector(text, { start, end: start + 9 })).toEqual({ exact: '91 people' });
  });

  it('adds just enough context for words that occur more than once', () => {
    const second = text.indexOf('Aleppo', text.indexOf('Aleppo') + 1);
    const selector = passageSelector(text, { start: second, end: second + 6 });
    expect(selector.prefix!.length).toBeGreaterThan(0);
    expect(selector.prefix!.length).toBeLessThanOrEqual(16);
    const anchor = anchorQuote(text, { type: 'TextQuoteSelector', ...selector });
    expect(anchor).toEqual({ ok: true, range: { start: second, end: second + 6 } });
  });

  it('finds every selected range again, wherever it is', () => {
    for (let start = 0; start < text.length - 5; start += 97) {
      const range = trimRange(text, { start, end: start + 5 });
      if (!range) continue;
      const anchor = anchorQuote(text, { type: 'TextQuoteSelector', ...passageSelector(text, range) });
      expect(anchor).toEqual({ ok: true, range });
    }
  });

  it('trims white space around a selection, and refuses one of only white space', () => {
    expect(trimRange('  ab  ', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
    expect(trimRange('a   b', { start: 1, end: 4 })).toBeUndefined();
  });
});

describe('pageMeta', () => {
  it('asks the claim’s question and gives each source’s figure', () => {
    const meta = pageMeta(readable, { articleId: 'aleppo-2016-09-23', claimId: 'death-toll' });
    expect(meta).toEqual({
      title: 'How many people were killed in the bombardment of Aleppo? · Tally',
      description: 'SOHR: at least 27 civilians killed · Abu Jaafar: 54 deaths documented · al-Khatib: 91 people killed · RFE/RL: dozens of people killed',
      path: '/aleppo-2016-09-23/death-toll/',
      imagePath: '/previews/aleppo-2016-09-23/death-toll.png',
      imageAlt: expect.stringContaining('How many people were killed') as string,
    });
  });

  it('names the source of a report page and keeps the claim’s image', () => {
    const meta = pageMeta(readable, { articleId: 'aleppo-2016-09-23', claimId: 'death-toll', reportId: 'hospital' }, '/tally/');
    expect(meta.title).toBe('How many people were killed in the bombardment of Aleppo? · al-Khatib · Tally');
    expect(meta.path).toBe('/tally/aleppo-2016-09-23/death-toll/hospital/');
    expect(meta.imagePath).toBe('/tally/previews/aleppo-2016-09-23/death-toll.png');
  });

  it('describes the article and a source card', () => {
    expect(pageMeta(readable, {}).title).toBe('U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo · Tally');
    expect(pageMeta(readable, {}).path).toBe('/');
    expect(pageMeta(readable, {}).description).toMatch(/^RFE\/RL, 23 September 2016\. Where its sources differ, side by side: Death toll in Aleppo, /);
    const sohr = pageMeta(readable, { articleId: 'aleppo-2016-09-23', sourceId: 'sohr' });
    expect(sohr.title).toBe('Syrian Observatory for Human Rights in “U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo” · Tally');
    expect(sohr.description).toMatch(/^What SOHR says in RFE\/RL, 23 September 2016: Death toll in Aleppo: at least 27 civilians killed/);
  });

  it('keeps descriptions short enough for previews', () => {
    for (const c of readable.claims) expect(pageMeta(readable, { articleId: 'aleppo-2016-09-23', claimId: c.id }).description.length).toBeLessThanOrEqual(300);
  });
});

describe('structured data', () => {
  it('describes the NewsArticle and a Claim per claim', () => {
    const data = articleStructuredData(readable, 'https://tally.test/') as { '@graph': { '@type': string; headline?: string; author?: unknown[] }[] };
    const graph = data['@graph'];
    expect(graph[0]).toMatchObject({ '@type': 'NewsArticle', headline: 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo', datePublished: '2016-09-23' });
    expect(graph.filter((node) => node['@type'] === 'Claim')).toHaveLength(readable.claims.length);
    expect(graph[1]).toMatchObject({ '@id': 'https://tally.test/aleppo-2016-09-23/death-toll/', text: 'How many people were killed in the bombardment of Aleppo?' });
  });
});

describe('citation', () => {
  it('cites the claim, each source’s figure, the article, its date and the link', () => {
    expect(citeComparison(readable, claim('death-toll'), 'https://tally.test/aleppo-2016-09-23/death-toll/', new Date('2026-11-26T10:00:00Z'))).toBe(
      '“How many people were killed in the bombardment of Aleppo?” SOHR: at least 27 civilians killed; Abu Jaafar: 54 deaths documented; al-Khatib: 91 people killed; RFE/RL: dozens of people killed. ' +
        'As reported in “U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo”, RFE/RL, 23 September 2016. With reporting by Reuters, AP, AFP, dpa, and TASS. ' +
        'Original: https://www.rferl.org/amp/us-russia-syria-fail-reach-syria-deal-kerry-lavrov/28007496.html (retrieved 26 November 2026). ' +
        'Compared in Tally: https://tally.test/aleppo-2016-09-23/death-toll/ (accessed 26 November 2026).',
    );
  });

  it('leaves out a byline the article does not state', () => {
    const { credit: _, ...bare } = readable.article;
    const text = citeComparison({ ...readable, article: bare }, claim('death-toll'), 'https://tally.test/x/', new Date('2026-11-26T10:00:00Z'));
    expect(text).not.toMatch(/reporting by|undefined/);
    expect(text).toContain('23 September 2016. Original: https://www.rferl.org/');
  });
});

describe('page head', () => {
  const meta = { title: 'A </title><script>alert(1)</script> "quoted"', description: "it's <b>bold</b> & more", path: '/a/', imagePath: '/p.png', imageAlt: 'alt' };

  it('escapes every piece of data it puts in the head', () => {
    const head = headTags(meta, 'https://tally.test/', { type: 'article' });
    expect(head).toContain('<title>A &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;</title>');
    expect(head).toContain('content="it&#39;s &lt;b&gt;bold&lt;/b&gt; &amp; more"');
    expect(head).not.toContain('<script>alert');
    expect(head).toContain('<link rel="canonical" href="https://tally.test/a/" />');
    expect(head).toContain('<meta property="og:image" content="https://tally.test/p.png" />');
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(escapeHtml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('keeps structured data from closing its script block', () => {
    const json = scriptSafeJson({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });

  it('replaces the template’s title and description', () => {
    const template = '<head>\n<meta name="description" content="old" />\n<title>Tally</title>\n</head>';
    expect(withHead(template, '<title>New</title>')).toBe('<head>\n<title>New</title>\n</head>');
    expect(() => withHead('<head></head>', 'x')).toThrow(/no <title>/);
  });
});
