import { createServer } from 'vite';
import { readFileSync } from 'node:fs';
const server = await createServer({ root: process.cwd(), configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
const { parseArticleFile } = await server.ssrLoadModule('/src/core/parse-article-file.ts');
const { readableArticle } = await server.ssrLoadModule('/src/core/readable-article.ts');
const { anchorQuotes } = await server.ssrLoadModule('/src/core/anchor-quote.ts');
const { bodyText } = await server.ssrLoadModule('/src/core/article-text.ts');
const text = readFileSync('.bench/scale-public/data/articles/bench-claims.json', 'utf8');
for (let i = 0; i < 3; i++) {
  let t = performance.now(); const json = JSON.parse(text); const t1 = performance.now();
  const file = parseArticleFile(json, 'x'); const t2 = performance.now();
  const body = bodyText(file.article.blocks); const t3 = performance.now();
  anchorQuotes(body.text, file.claims.flatMap(c => c.reports.map(r => r.quote))); const t4 = performance.now();
  readableArticle(file); const t5 = performance.now();
  console.log({ json: t1 - t, validate: t2 - t1, body: t3 - t2, anchor: t4 - t3, readable: t5 - t4 });
}
await server.close();
