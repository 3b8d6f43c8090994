// Build step: one HTML file per URL (article, claim, report, source) with its own title, description,
// canonical link, Open Graph and Twitter Card tags; a preview image per claim and per article; the
// article's structured data; a 404.html, a sitemap and robots.txt. Every HTML file boots the same app,
// so every link loads from a plain static file server or CDN without rewrite rules.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { claimLabel, sourceNames, reportGist } from '../src/core/describe-claim.ts';
import { formatLongDate } from '../src/core/format-date.ts';
import { articleStructuredData, pageMeta, previewImagePath } from '../src/core/page-meta.ts';
import { parseArticleFile, parseArticleIndex } from '../src/core/parse-article-file.ts';
import { placedReports, readableArticle, type ReadableArticle } from '../src/core/readable-article.ts';
import { sitePages } from '../src/core/site-pages.ts';
import { formatRoute } from '../src/core/url-state.ts';
import { escapeHtml, headTags, withHead } from './page-head.ts';
import { renderPreviewPng, type PreviewContent } from './preview-image.ts';

/** Where the site will be served; link previews need absolute URLs. Set TALLY_SITE_URL when deploying. */
const DEFAULT_SITE_URL = 'http://localhost:4173/';

async function readJson(publicDir: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(join(publicDir, file), 'utf8')) as unknown;
}

/** Reads and validates every article's data, as the app will; a broken file fails the build. */
export async function loadSiteData(publicDir: string) {
  const index = parseArticleIndex(await readJson(publicDir, 'data/articles.json'), 'data/articles.json');
  const files = await Promise.all(
    index.articles.map(async ({ id }) => {
      const file = `data/articles/${id}.json`;
      return parseArticleFile(await readJson(publicDir, file), file);
    }),
  );
  return { index, files };
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
    kicker: claimLabel(claim),
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
    columns: readable.claims.slice(0, 3).map((claim) => ({ label: claim.title, big: '', small: claimLabel(claim).split(': ')[1] ?? '' })),
    footer: `${readable.claims.length} claims compared, side by side`,
  };
}

export function staticPages(): Plugin {
  let publicDir = '';
  let base = '/';
  return {
    name: 'tally-static-pages',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      base = config.base;
    },
    async writeBundle(options) {
      const outDir = options.dir!;
      const template = await readFile(join(outDir, 'index.html'), 'utf8');
      const siteUrl = process.env.TALLY_SITE_URL ?? DEFAULT_SITE_URL;
      if (!process.env.TALLY_SITE_URL) this.warn(`TALLY_SITE_URL is not set: link previews point at ${DEFAULT_SITE_URL}`);

      const { files } = await loadSiteData(publicDir);
      const urls: string[] = [];
      for (const [i, file] of files.entries()) {
        for (const rejected of file.rejectedClaims) {
          this.warn(`${rejected.problems[0]?.file}: claim ${rejected.index + 1} is not valid and is listed as such`);
        }
        const readable = readableArticle(file);
        const articleId = readable.article.id;
        const routes = sitePages([{ id: articleId, claims: file.claims, sources: file.sources }]).filter((route) => i === 0 || route.articleId);
        for (const route of routes) {
          const meta = pageMeta(readable, route, base);
          const isArticlePage = route.claimId === undefined && route.sourceId === undefined;
          const head = headTags(meta, siteUrl, {
            type: isArticlePage ? 'website' : 'article',
            ...(isArticlePage && { structuredData: articleStructuredData(readable, siteUrl, base) }),
          });
          await write(outDir, join(formatRoute(route), 'index.html'), withHead(template, head));
          urls.push(new URL(meta.path, siteUrl).href);
        }
        const relative = (path: string) => path.slice(base.length);
        await write(outDir, relative(previewImagePath(articleId, undefined, base)), await renderPreviewPng(articlePreview(readable)));
        for (const claim of readable.claims) {
          await write(outDir, relative(previewImagePath(articleId, claim.id, base)), await renderPreviewPng(claimPreview(readable, claim.id)));
        }
      }

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
