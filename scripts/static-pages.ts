// Build step: one HTML file per URL (article, claim, report, source), prerendered by the app's own
// components with the data it was drawn from embedded, so that the text paints before any script runs
// and the app hydrates it; each with its own title, description, canonical link, Open Graph and Twitter
// Card tags. Also a preview image per claim and per article, the article's structured data, a 404.html,
// a sitemap and robots.txt. Every link loads from a plain static file server or CDN without rewrites.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputBundle } from 'rolldown';
import { createServer, type Plugin } from 'vite';
import { ARTICLE_INDEX_FILE, articleFile } from '../src/core/data-files.ts';
import { claimLabel, reportGist, sourceNames, sourcingLabel } from '../src/core/describe-claim.ts';
import { formatLongDate } from '../src/core/format-date.ts';
import { articleStructuredData, pageMeta, previewImagePath } from '../src/core/page-meta.ts';
import { parseArticleFile, parseArticleIndex } from '../src/core/parse-article-file.ts';
import { anchorStarts, placedReports, readableArticle, type ReadableArticle } from '../src/core/readable-article.ts';
import { scriptSafeJson } from '../src/core/script-safe-json.ts';
import { sitePages } from '../src/core/site-pages.ts';
import { EMBEDDED_DATA_ID, type EmbeddedData } from '../src/core/embedded-page-data.ts';
import { formatRoute, type ReaderRoute } from '../src/core/url-state.ts';
import { escapeHtml, headTags, withHead } from './page-head.ts';
import { renderPreviewPng, type PreviewContent } from './preview-image.ts';

/** Where the site will be served; link previews need absolute URLs. Set TALLY_SITE_URL when deploying. */
const DEFAULT_SITE_URL = 'http://localhost:4173/';

type RenderPage = (data: EmbeddedData) => Promise<string>;

/** Loads the app's server entry through Vite, so it is compiled exactly like the browser bundle. */
async function loadRenderer(root: string): Promise<{ renderPage: RenderPage; close: () => Promise<void> }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  const entry = (await server.ssrLoadModule('/src/entry-server.tsx')) as { renderPage: RenderPage };
  return { renderPage: entry.renderPage, close: () => server.close() };
}

/**
 * The stylesheet goes inside each page: a separate file would cost a round trip before the first paint,
 * which is most of what a prerendered page waits for on a mobile network.
 */
function inlineStylesheet(template: string, bundle: OutputBundle): string {
  return template.replace(/<link rel="stylesheet"[^>]*href="[^"]*\/(assets\/[^"]+\.css)"[^>]*>/, (link, fileName: string) => {
    const asset = bundle[fileName];
    if (asset?.type !== 'asset') return link;
    return `<style>${String(asset.source).replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

/**
 * The entry script goes to the end of the body: it only starts the app after the first paint, and a
 * script in the head is scheduled (and, by Lighthouse's model, counted) as if the paint waited for it.
 */
function entryScriptLast(template: string): string {
  const script = /\s*<script type="module"[^>]*><\/script>/.exec(template);
  if (!script) return template;
  return template.replace(script[0], '').replace('</body>', () => `  ${script[0].trim()}\n  </body>`);
}

/**
 * A strict Content-Security-Policy for every page: scripts only from the site itself (no inline script, no
 * eval), styles from the site and the one inline stylesheet, by its hash; connections only to the site.
 * JSON data blocks are not scripts and need no exception.
 */
export function contentSecurityPolicy(inlineStyles: readonly string[]): string {
  const hashes = inlineStyles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${hashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function withPolicy(template: string): string {
  const styles = [...template.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(styles))}" />`;
  return template.replace('<meta charset="utf-8" />', (charset) => `${charset}\n    ${meta}`);
}

/** The prerendered app, and the data it was drawn from, in place of the template's empty root. */
function withBody(template: string, appHtml: string, data: EmbeddedData): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error('index.html has no empty <div id="root">');
  return template.replace(
    root,
    () => `<div id="root">${appHtml}</div>
    <script type="application/json" id="${EMBEDDED_DATA_ID}">${scriptSafeJson(data)}</script>`,
  );
}

async function readJson(publicDir: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(join(publicDir, file), 'utf8')) as unknown;
}

/** Reads and validates every article's data, as the app will; a broken file fails the build. */
export async function loadSiteData(publicDir: string) {
  const indexJson = await readJson(publicDir, ARTICLE_INDEX_FILE);
  const index = parseArticleIndex(indexJson, ARTICLE_INDEX_FILE);
  const files = await Promise.all(
    index.articles.map(async ({ id }) => {
      const file = articleFile(id);
      const json = await readJson(publicDir, file);
      return { file, json, parsed: parseArticleFile(json, file) };
    }),
  );
  return { indexJson, files };
}

async function write(outDir: string, path: string, data: string | Buffer) {
  const target = join(outDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, data);
}

function claimPreview(readable: ReadableArticle, claimId: string): PreviewContent {
  const claim = readable.claims.find((c) => c.id === claimId)!;
  const { article } = readable;
  return {
    kicker: claimLabel(claim, readable.placesById),
    title: claim.question,
    columns: placedReports(readable, claim).map((report) => ({
      label: sourceNames(report.sourceIds, readable.sourcesById),
      big: report.figure?.words ?? '',
      small: report.figure ? report.figure.counts : reportGist(report, 70),
    })),
    footer: `${article.title} · ${article.outlet.name}, ${formatLongDate(article.published)}`,
  };
}

function articlePreview(readable: ReadableArticle): PreviewContent {
  const { article } = readable;
  return {
    kicker: `${article.outlet.name} · ${formatLongDate(article.published)}`,
    title: article.title,
    columns: readable.claims.slice(0, 3).map((claim) => ({ label: claim.title, big: '', small: sourcingLabel(claim, readable.placesById) })),
    footer: `${readable.claims.length} claims compared, side by side`,
  };
}

export function staticPages(): Plugin {
  let publicDir = '';
  let root = '';
  let base = '/';
  return {
    name: 'tally-static-pages',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      root = config.root;
      base = config.base;
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir!;
      const template = withPolicy(entryScriptLast(inlineStylesheet(await readFile(join(outDir, 'index.html'), 'utf8'), bundle)));
      const siteUrl = process.env.TALLY_SITE_URL ?? DEFAULT_SITE_URL;
      if (!process.env.TALLY_SITE_URL) this.warn(`TALLY_SITE_URL is not set: link previews point at ${DEFAULT_SITE_URL}`);

      const { indexJson, files: loaded } = await loadSiteData(publicDir);
      const renderer = await loadRenderer(root);
      const urls: string[] = [];
      // Every page of the site, grouped by article; the root page goes with the first (default) article.
      const pagesByArticle = new Map<string, ReaderRoute[]>();
      const defaultArticleId = loaded[0]?.parsed.article.id;
      for (const route of sitePages(loaded.map(({ parsed }) => ({ id: parsed.article.id, claims: parsed.claims, sources: parsed.sources })))) {
        const articleId = route.articleId ?? defaultArticleId;
        if (articleId === undefined) continue;
        let pages = pagesByArticle.get(articleId);
        if (!pages) pagesByArticle.set(articleId, (pages = []));
        pages.push(route);
      }
      for (const { file: fileName, json, parsed: file } of loaded) {
        for (const rejected of file.rejectedClaims) {
          this.warn(`${rejected.problems[0]?.file}: claim ${rejected.index + 1} is not valid and is listed as such`);
        }
        const readable = readableArticle(file);
        const starts = anchorStarts(readable);
        const articleId = readable.article.id;
        // TALLY_PAGES=articles writes article pages only (the benchmark's 1,000-claim article needs no more).
        const articlesOnly = process.env.TALLY_PAGES === 'articles';
        const routes = (pagesByArticle.get(articleId) ?? []).filter(
          (route) => !articlesOnly || (route.claimId === undefined && route.sourceId === undefined),
        );
        for (const route of routes) {
          const meta = pageMeta(readable, route, base);
          const isArticlePage = route.claimId === undefined && route.sourceId === undefined;
          const head = headTags(meta, siteUrl, {
            type: isArticlePage ? 'website' : 'article',
            ...(isArticlePage && { structuredData: articleStructuredData(readable, siteUrl, base) }),
          });
          const path = formatRoute(route, base);
          // The root page needs the article list to know which article it shows.
          const data: EmbeddedData = {
            path,
            files: { [fileName]: json, ...(route.articleId === undefined && { [ARTICLE_INDEX_FILE]: indexJson }) },
            anchorStarts: { [fileName]: starts },
          };
          const html = withBody(withHead(template, head), await renderer.renderPage(data), data);
          await write(outDir, join(formatRoute(route), 'index.html'), html);
          urls.push(new URL(meta.path, siteUrl).href);
        }
        const relative = (path: string) => path.slice(base.length);
        if (articlesOnly) continue;
        await write(outDir, relative(previewImagePath(articleId, undefined, base)), await renderPreviewPng(articlePreview(readable)));
        for (const claim of readable.claims) {
          await write(outDir, relative(previewImagePath(articleId, claim.id, base)), await renderPreviewPng(claimPreview(readable, claim.id)));
        }
      }

      await renderer.close();

      const notFoundHead = [
        '<title>Page not found · Tally</title>',
        '<meta name="description" content="This page is not part of Tally. The latest article is one link away." />',
        '<meta name="robots" content="noindex" />',
      ].join('\n    ');
      await write(outDir, '404.html', withHead(template, notFoundHead));
      const sitemap = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...[...new Set(urls)].map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`),
        '</urlset>',
        '',
      ].join('\n');
      await write(outDir, 'sitemap.xml', sitemap);
      await write(outDir, 'robots.txt', `User-agent: *\nAllow: /\nSitemap: ${new URL(`${base}sitemap.xml`, siteUrl).href}\n`);
    },
  };
}
