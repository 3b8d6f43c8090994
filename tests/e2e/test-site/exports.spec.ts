// Exports across a library of articles (the seed plus synthetic fixtures, one of them with characters
// outside the Basic Multilingual Plane before its quotes): /exports/ lists every article, the site-wide
// files hold every article's reports, and every position in every built annotation file holds its quote.
import { expect, test } from '../fixtures.ts';

interface Annotation {
  target: { selector: [{ exact: string }, { start: number; end: number }?] };
}
interface Collection {
  total: number;
  first: { items: Annotation[] };
}

test('the exports page lists every article, and every position holds its quote in code points', async ({ page, request }) => {
  await page.goto('/exports/');
  const articlePaths = await page
    .getByRole('region')
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(articlePaths).toContain('/aleppo-2016-09-23/');
  expect(articlePaths.length).toBeGreaterThan(1);

  let total = 0;
  for (const path of articlePaths) {
    const id = path.split('/')[1]!;
    const pack = (await (await request.get(`/data/articles/${id}.json`)).json()) as { article: { blocks: { text: string }[] } };
    const text = pack.article.blocks.map((b) => b.text).join('\n\n');
    const codePoints = Array.from(text);
    const collection = (await (await request.get(`${path}annotations.jsonld`)).json()) as Collection;
    expect(collection.first.items).toHaveLength(collection.total);
    total += collection.total;
    for (const { target } of collection.first.items) {
      const [quote, position] = target.selector;
      if (!position) continue;
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  }

  const all = (await (await request.get('/exports/annotations.jsonld')).json()) as Collection;
  expect(all.total).toBe(total);
  const rows = (await (await request.get('/exports/reports.json')).json()) as { article_id: string }[];
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((r) => r.article_id))).toEqual(new Set(articlePaths.map((p) => p.split('/')[1])));
});
