// Build step: one HTML file per URL (article, claim, report, source), prerendered by the app's own
// components with the data it was drawn from embedded, so that the text paints before any script runs
// and the app hydrates it; each with its own title, description, canonical link, Open Graph and Twitter
// Card tags. Also a preview image per claim and per article, the article's structured data, a 404.html,
// a sitemap and robots.txt. Every link loads from a plain static file server or CDN without rewrites.
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { LIBRARY_FILE, libraryPageFile, sharedSourceFile } from '../src/core/data-files.ts';
import { claimFindings, claimLabel, reportGist, sourceNames, sourcingLabel } from '../src/core/describe-claim.ts';
import { formatLongDate } from '../src/core/format-date.ts';
import { articleStructuredData, pageMeta, type PageMeta } from '../src/core/page-meta.ts';
import { previewImagePath } from '../src/core/preview-path.ts';
import { checkPacks, formatProblems, hasErrors } from '../src/core/check-pack.ts';
import {
  FIRST_SCREEN_ARTICLES,
  LIBRARY_PAGE_ARTICLES,
  libraryPageMeta,
  sharedSourcePageMeta,
} from '../src/core/library.ts';
import { libraryEntry, libraryPages, sharedSourceFiles, sharedSourcePages } from '../src/core/library-files.ts';
import { parseArticleFile } from '../src/core/parse-article-file.ts';
import { anchorStarts, placedReports, readableArticle, type ReadableArticle } from '../src/core/readable-article.ts';
import { scriptSafeJson } from '../src/core/script-safe-json.ts';
import { sitePages } from '../src/core/site-pages.ts';
import { EMBEDDED_DATA_ID, type EmbeddedData } from '../src/core/embedded-page-data.ts';
import { formatRoute, type ReaderRoute } from '../src/core/url-state.ts';
import { escapeHtml, headTags, withHead } from './page-head.ts';
import { articleExportFiles, writeSiteExportFiles } from './export-files.ts';
import { PACK_SCHEMA_PATH, packJsonSchemaText } from './pack-json-schema.ts';
import { listPackFiles, nodeCheckOptions, readPackTexts } from './pack-files.ts';
import { renderPreviewPng, type PreviewContent } from './preview-image.ts';
import { buildCacheDir, currentCodeHash } from './build-cache.ts';

/** Where the site will be served; link previews need absolute URLs. Set TALLY_SITE_URL when deploying. */
const DEFAULT_SITE_URL = 'http://localhost:4173/';

type RenderPage = (data: EmbeddedData) => Promise<string>;

/**
 * The app's server entry, compiled by Vite exactly as the dev server would compile it (no configuration file,
 * no plugins) into one module, and kept under the code's hash (scripts/build-cache.ts): a rebuild whose code
 * did not change imports it in a moment instead of compiling the app again. It is kept inside the project,
 * so that its imports of React find the project's packages.
 */
async function loadRenderer(root: string, codeKey: string, keep: boolean): Promise<{ renderPage: RenderPage; close: () => Promise<void> }> {
  const folder = join(root, 'node_modules', '.cache', 'tally-renderer');
  const dir = join(folder, keep ? codeKey : `once-${process.pid}-${Date.now()}`);
  const file = join(dir, 'entry-server.mjs');
  if (!keep || !(await stat(file).then(() => true, () => false))) {
    // Made aside and moved into place, so that a build stopped half way never leaves half a renderer.
    const making = `${dir}.making-${process.pid}`;
    // Vite is loaded only here: a rebuild that reuses the renderer never needs it.
    const { build } = await import('vite');
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      publicDir: false,
      build: {
        ssr: join(root, 'src', 'entry-server.tsx'),
        outDir: making,
        emptyOutDir: true,
        copyPublicDir: false,
        rolldownOptions: { output: { entryFileNames: 'entry-server.mjs' } },
      },
    });
    // Another build may have put the same renderer in place meanwhile: then that one is used and this one dropped.
    await rename(making, dir).catch(() => rm(making, { recursive: true, force: true }));
    // One kept renderer: older ones are of no more use.
    if (keep) for (const name of await readdir(folder)) if (!name.startsWith(codeKey) && !name.startsWith('once-') && !name.includes('.making-')) await rm(join(folder, name), { recursive: true, force: true });
  }
  const entry = (await import(pathToFileURL(file).href)) as { renderPage: RenderPage };
  return { renderPage: entry.renderPage, close: async () => void (keep || (await rm(dir, { recursive: true, force: true }))) };
}

/**
 * The stylesheet goes inside each page: a separate file would cost a round trip before the first paint,
 * which is most of what a prerendered page waits for on a mobile network.
 */
function inlineStylesheet(template: string, asset: (fileName: string) => string | undefined): string {
  return template.replace(/<link rel="stylesheet"[^>]*href="[^"]*\/(assets\/[^"]+\.css)"[^>]*>/, (link, fileName: string) => {
    const css = asset(fileName);
    if (css === undefined) return link;
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

/**
 * The entry script goes to the end of the body, written into the page: it only starts the app once the first
 * paint has been presented, and a script the page names by its address is found by the preload scanner
 * and requested before that paint, which Lighthouse's model then counts as if the paint waited for it
 * (decision 22). The entry imports nothing up front (vite.config.ts, scripts/no-preload-helper.ts); its
 * dynamic imports are made absolute, since an inline script resolves them against the page's own address.
 * Anything else in the entry stops the build.
 */
async function entryScriptInline(template: string, base: string, file: (fileName: string) => string | undefined): Promise<string> {
  const script = /\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/.exec(template);
  if (!script) throw new Error('index.html: the built page names no module script to start the app');
  const src = script[1]!;
  const fail = (reason: string): never => {
    throw new Error(`The entry script ${src} cannot be written into the pages: ${reason}.`);
  };
  if (!/^(\/|https?:\/\/)/.test(base)) fail(`the base path "${base}" is relative; the pages need an absolute one (TALLY_BASE)`);
  if (!src.startsWith(base)) fail(`it is not under the base path "${base}"`);
  const fileName = src.slice(base.length);
  const code = file(fileName)?.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '') ?? fail('the bundle has no such file');
  if (/<\/script|<!--|import\.meta/i.test(code)) fail('it holds "</script", "<!--" or import.meta');
  // Vite is loaded only here, during its own build: a rebuild that reuses the bundle never needs it.
  const { parseSync } = await import('vite');
  const parsed = parseSync(fileName, code, { sourceType: 'module' });
  if (parsed.errors.length > 0) fail(`it does not parse (${parsed.errors[0]!.message})`);
  const { staticImports, staticExports, dynamicImports } = parsed.module;
  if (staticImports.length > 0 || staticExports.length > 0) fail('it has static imports or exports (they would be requested before the first paint, or lost)');
  // Each dynamic import's specifier, relative to the entry's own file, made an address from the site's root.
  const entryUrl = new URL(fileName, new URL(base, 'http://site.invalid'));
  let inline = '';
  let at = 0;
  for (const { moduleRequest } of dynamicImports) {
    const quoted = code.slice(moduleRequest.start, moduleRequest.end);
    const specifier = /^(["'`])(\.{1,2}\/[^"'`$\\]+)\1$/.exec(quoted)?.[2] ?? fail(`a dynamic import of ${quoted} is not a relative file name`);
    const url = new URL(specifier, entryUrl);
    const address = url.origin === 'http://site.invalid' ? url.pathname : url.href;
    inline += `${code.slice(at, moduleRequest.start)}${JSON.stringify(address)}`;
    at = moduleRequest.end;
  }
  inline += code.slice(at);
  return template.replace(script[0], '').replace('</body>', () => `  <script type="module">${inline.trim()}</script>\n  </body>`);
}

/**
 * A strict Content-Security-Policy for every page: scripts only from the site itself and the one inline
 * script that starts the app, by its hash (no other inline script, no eval); styles from the site and the one
 * inline stylesheet, by its hash; connections only to the site. JSON data blocks are not scripts and need no
 * exception.
 */
export function contentSecurityPolicy(inlineStyles: readonly string[], inlineScripts: readonly string[] = []): string {
  const hashes = (texts: readonly string[]) => texts.map((text) => ` 'sha256-${createHash('sha256').update(text).digest('base64')}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${hashes(inlineScripts)}`,
    `style-src 'self'${hashes(inlineStyles)}`,
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
  const scripts = [...template.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(styles, scripts))}" />`;
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

/** A pack failed its checks: the build stops with the same messages as `tally check`. */
export class PackCheckError extends Error {
  override readonly name = 'PackCheckError';
  constructor(report: string) {
    super(`The packs have errors; nothing was built.\n${report}`);
  }
}

/**
 * Lists the packs in `data/articles/` and checks them all, as `tally check` does; any error stops the build,
 * with every problem of every pack. Returns the valid packs and the warnings, which do not stop it.
 */
export async function loadSiteData(publicDir: string) {
  const siteFiles = await listPackFiles(publicDir);
  // Problems name each file as the person building sees it, relative to where they are.
  const shown = siteFiles.map((file) => relative(process.cwd(), join(publicDir, file)) || file);
  const texts = await readPackTexts(publicDir, siteFiles);
  const { problems, packs } = checkPacks(texts.map(({ text }, i) => ({ file: shown[i]!, text })), nodeCheckOptions);
  if (hasErrors(problems)) throw new PackCheckError(formatProblems(problems, texts.length));
  const files = packs.map((pack) => {
    const file = siteFiles[shown.indexOf(pack.file)]!;
    return { file, json: pack.json, parsed: parseArticleFile(pack.json, file) };
  });
  return { files, warnings: problems.length > 0 ? formatProblems(problems, texts.length) : undefined };
}

/** The folders made so far by this build: one `mkdir` each, not one per file. */
const madeDirs = new Set<string>();
async function makeDir(dir: string) {
  if (madeDirs.has(dir)) return;
  await mkdir(dir, { recursive: true });
  madeDirs.add(dir);
}

async function write(outDir: string, path: string, data: string | Buffer) {
  const target = join(outDir, path);
  await makeDir(dirname(target));
  // NOTE: a file in the output may be a hard link to the page cache (placeFile): it is replaced, never written through.
  await rm(target, { force: true });
  await writeFile(target, data);
}

/**
 * Puts a file of the page cache into the output, or the output's into the cache: a hard link (no bytes
 * copied), or a copy where the two folders are on different disks.
 */
async function placeFile(from: string, to: string) {
  await makeDir(dirname(to));
  // Most files go into a fresh output: the link is tried first, and a file already there removed only if it fails.
  if (await link(from, to).then(() => true, () => false)) return;
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Places many files at once, a few at a time: each is a system call or two, mostly waiting on the disk. */
async function placeFiles(pairs: readonly (readonly [string, string])[]) {
  let next = 0;
  const worker = async () => {
    while (next < pairs.length) {
      const [from, to] = pairs[next++]!;
      await placeFile(from, to);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

interface CachedArticle {
  files: string[];
  urls: string[];
}

/** What the build took, for the benchmark (written when TALLY_BUILD_STATS names a file). */
export interface BuildStats {
  articles: number;
  redoneArticles: number;
  pages: number;
  images: number;
  /** Site-wide pages (library, shared sources) drawn, not taken from the cache. */
  redoneSitePages: number;
  seconds: number;
  /** Seconds spent in each step, the checks of the packs included (they run before the bundle). */
  steps: Record<string, number>;
}

/** Seconds spent in each step of this build, for {@link BuildStats}. */
const steps: Record<string, number> = {};
/** Counts seconds spent outside {@link step} (the build script's own start). */
export function stepSeconds(name: string, seconds: number) {
  steps[name] = (steps[name] ?? 0) + seconds;
}
export async function step<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    steps[name] = (steps[name] ?? 0) + (performance.now() - start) / 1000;
  }
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

/**
 * The sizes of the library's first screen and of its later pages. TALLY_LIBRARY_PAGES="first,rest" changes
 * them, so that the test site, with a handful of articles, has pages to load on demand too.
 */
function libraryPageSizes(): [number, number] {
  const sizes = process.env.TALLY_LIBRARY_PAGES?.split(',').map(Number);
  return sizes?.length === 2 ? [sizes[0]!, sizes[1]!] : [FIRST_SCREEN_ARTICLES, LIBRARY_PAGE_ARTICLES];
}

/**
 * The data files the build derives from the packs: the library's index, newest first, in pages (the
 * library's page and first file hold only what its first screen shows; the rest loads when a reader searches
 * or asks for more), and each source shared across articles.
 */
export function generatedDataFiles(readables: readonly ReadableArticle[]) {
  const pages = libraryPages(readables.map(libraryEntry), ...libraryPageSizes());
  const firstScreen = pages[0]!;
  const files: Record<string, unknown> = {};
  for (const page of pages) files[libraryPageFile(page.page)] = page;
  // Each shared source's first screen, which its prerendered page carries.
  const sharedSources = sharedSourcePages(readables).map((whole) => {
    const sourcePages = sharedSourceFiles(whole, ...libraryPageSizes());
    for (const page of sourcePages) files[sharedSourceFile(page.sharedId, page.page)] = page;
    return sourcePages[0]!;
  });
  return { files, firstScreen, sharedSources };
}

/**
 * The dev server serves the same generated files, derived from the packs on each request, so that `npm start`
 * shows the library as the build will. A pack with errors answers with the checks' messages.
 */
export function devDataFiles(): Plugin {
  let publicDir = '';
  return {
    name: 'tally-dev-data-files',
    apply: 'serve',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]!.replace(server.config.base, '');
        if (path !== LIBRARY_FILE && !path.startsWith('data/library/') && !path.startsWith('data/sources/')) return next();
        loadSiteData(publicDir)
          .then(({ files }) => {
            const json = generatedDataFiles(files.map(({ parsed }) => readableArticle(parsed))).files[path];
            response.statusCode = json === undefined ? 404 : 200;
            response.setHeader('Content-Type', json === undefined ? 'text/plain' : 'application/json');
            response.end(json === undefined ? 'Not found' : JSON.stringify(json));
          })
          .catch((error: unknown) => {
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/plain');
            response.end(error instanceof Error ? error.message : String(error));
          });
      });
    },
  };
}

/**
 * The page template: the built index.html with its stylesheet and its entry script inline (the script last)
 * and the policy set. `file` gives the text of a file the bundler wrote, by its name in the output.
 */
export async function pageTemplate(builtIndex: string, base: string, file: (fileName: string) => string | undefined): Promise<string> {
  return withPolicy(await entryScriptInline(inlineStylesheet(builtIndex, file), base, file));
}

/**
 * Checks the packs as `tally check` does. On an error the build stops with the messages alone (the bundler
 * would print them twice, with its own stack trace after them); warnings go to `warn` and do not stop it.
 */
export async function checkSite(publicDir: string, warn: (message: string) => void) {
  try {
    const site = await step('check packs', () => loadSiteData(publicDir));
    if (site.warnings) warn(`The packs have warnings (they do not stop the build):\n${site.warnings}`);
    return site;
  } catch (error) {
    if (!(error instanceof PackCheckError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

export interface SiteOptions {
  root: string;
  outDir: string;
  base: string;
  /** The page template ({@link pageTemplate}). */
  template: string;
  /** The hash of the code (scripts/build-cache.ts), part of every cache key. */
  codeKey: string;
  /** The checked packs ({@link checkSite}). */
  site: Awaited<ReturnType<typeof loadSiteData>>;
  warn: (message: string) => void;
}

/**
 * Everything the build makes from the packs, into `outDir` next to the browser's code: each article's pages,
 * preview images and exports (kept in the page cache under a hash of what they are made from), the library's
 * and shared sources' files and pages, the site-wide exports, 404.html, the sitemap and robots.txt.
 */
export async function writeSite({ root, outDir, base, template, codeKey, site, warn }: SiteOptions): Promise<void> {
  const siteUrl = process.env.TALLY_SITE_URL ?? DEFAULT_SITE_URL;
  if (!process.env.TALLY_SITE_URL) warn(`TALLY_SITE_URL is not set: link previews point at ${DEFAULT_SITE_URL}`);

  const started = performance.now();
  const loaded = site.files;
  // Started when a page has to be drawn: a rebuild whose articles all come from the cache may not need it.
  let renderer: Awaited<ReturnType<typeof loadRenderer>> | undefined;
  const stats: BuildStats = { articles: loaded.length, redoneArticles: 0, pages: 0, images: 0, redoneSitePages: 0, seconds: 0, steps };
  const cacheDir = buildCacheDir(root);
  const exportSite = { url: siteUrl, base };
  const withExports = process.env.TALLY_PAGES !== 'site';
  // NOTE: the code's hash covers every file of the app and of the build (scripts/build-cache.ts), so a change
  // to any code, the exports' included, changes every key.
  const buildKey = createHash('sha256').update(JSON.stringify([codeKey, template, siteUrl, base, process.env.TALLY_PAGES ?? ''])).digest('hex');
  const urls: string[] = [];
  /** Draws and writes one page; `made`, when given, records what was written for the cache. */
  const renderRoute = async (route: ReaderRoute, meta: PageMeta, data: Omit<EmbeddedData, 'path'>, structuredData?: object, made?: CachedArticle) => {
    const isArticlePage = route.articleId !== undefined && route.claimId === undefined && route.sourceId === undefined;
    const head = headTags(meta, siteUrl, { type: isArticlePage || route.articleId === undefined ? 'website' : 'article', ...(structuredData && { structuredData }) });
    const page: EmbeddedData = { path: formatRoute(route, base), ...data };
    renderer ??= await step('start the renderer', () => loadRenderer(root, codeKey, cacheDir !== undefined));
    const appHtml = await step('draw pages', () => renderer!.renderPage(page));
    const html = withBody(withHead(template, head), appHtml, page);
    const path = join(formatRoute(route), 'index.html');
    await step('write files', () => write(outDir, path, html));
    const url = new URL(meta.path, siteUrl).href;
    urls.push(url);
    made?.files.push(path);
    made?.urls.push(url);
  };

  // Every page of the site, from one list: each article's pages go with its article; the library and the
  // pages of shared sources are drawn from the files generated from all articles, after them.
  const sharedIds = [...new Set(loaded.flatMap(({ parsed }) => parsed.sources.flatMap((s) => (s.sharedId ? [s.sharedId] : []))))];
  const pagesByArticle = new Map<string, ReaderRoute[]>();
  const siteWidePages: ReaderRoute[] = [];
  for (const route of sitePages(loaded.map(({ parsed }) => ({ id: parsed.article.id, claims: parsed.claims, sources: parsed.sources })), sharedIds)) {
    if (route.articleId === undefined) {
      siteWidePages.push(route);
      continue;
    }
    let pages = pagesByArticle.get(route.articleId);
    if (!pages) pagesByArticle.set(route.articleId, (pages = []));
    pages.push(route);
  }
  const readables: ReadableArticle[] = [];
  for (const { file: fileName, json, parsed: file } of loaded) {
    const readable = await step('read articles', () => readableArticle(file));
    readables.push(readable);
    const articleId = readable.article.id;
    // TALLY_PAGES=articles writes article pages only (the benchmark's 1,000-claim article needs no more);
    // TALLY_PAGES=site writes only the library's and shared sources' pages (the benchmark's large library).
    const articlesOnly = process.env.TALLY_PAGES === 'articles' || process.env.TALLY_PAGES === 'site';
    const routes = (pagesByArticle.get(articleId) ?? []).filter(
      (route) => process.env.TALLY_PAGES !== 'site' && (!articlesOnly || (route.claimId === undefined && route.sourceId === undefined)),
    );
    stats.pages += routes.length;
    stats.images += articlesOnly ? 0 : 1 + readable.claims.length;
    // Everything this article's pages, images and exports are made from: its pack, its pages and the build itself.
    const key = createHash('sha256').update(JSON.stringify([buildKey, fileName, json, routes])).digest('hex').slice(0, 32);
    const cached = cacheDir && join(cacheDir, articleId, key);
    const manifest = cached && (await readFile(join(cached, 'manifest.json'), 'utf8').then((text) => JSON.parse(text) as CachedArticle, () => undefined));
    if (cached && manifest) {
      await step('place cached files', () => placeFiles(manifest.files.map((path) => [join(cached, 'files', path), join(outDir, path)] as const)));
      urls.push(...manifest.urls);
      continue;
    }
    stats.redoneArticles++;
    const made: CachedArticle = { files: [], urls: [] };
    const starts = anchorStarts(readable);
    const findings = [...claimFindings(readable.claims, readable.placesById).values()];
    for (const route of routes) {
      const isArticlePage = route.claimId === undefined && route.sourceId === undefined;
      await renderRoute(
        route,
        pageMeta(readable, route, base),
        { files: { [fileName]: json }, anchorStarts: { [fileName]: starts }, findings: { [fileName]: findings } },
        isArticlePage ? articleStructuredData(readable, siteUrl, base) : undefined,
        made,
      );
    }
    const relative = (path: string) => path.slice(base.length);
    const image = async (path: string, png: Buffer) => {
      await step('write files', () => write(outDir, path, png));
      made.files.push(path);
    };
    if (!articlesOnly) {
      await image(relative(previewImagePath(articleId, undefined, base)), await step('draw images', () => renderPreviewPng(articlePreview(readable))));
      for (const claim of readable.claims) {
        await image(relative(previewImagePath(articleId, claim.id, base)), await step('draw images', () => renderPreviewPng(claimPreview(readable, claim.id))));
      }
    }
    if (withExports) {
      await step('write exports', async () => {
        for (const [path, text] of Object.entries(articleExportFiles(readable, exportSite))) {
          await write(outDir, path, text);
          made.files.push(path);
        }
      });
    }
    if (cached) {
      // One version per article: an older one is of no more use.
      await rm(join(cacheDir, articleId), { recursive: true, force: true });
      await step('fill the cache', async () => {
        await placeFiles(made.files.map((path) => [join(outDir, path), join(cached, 'files', path)] as const));
        // The manifest last: a cache entry without one is never used.
        await write(cached, 'manifest.json', JSON.stringify(made));
      });
    }
  }

  // The library and each shared source: their data files, and a page each.
  const generated = generatedDataFiles(readables);
  for (const [file, json] of Object.entries(generated.files)) await write(outDir, file, JSON.stringify(json));
  const sharedById = new Map(generated.sharedSources.map((page) => [page.sharedId, page]));
  /** A site-wide page is drawn again only when what it shows changed (the first screen it carries, its head). */
  const renderSitePage = async (route: ReaderRoute, meta: PageMeta, data: Omit<EmbeddedData, 'path'>) => {
    const path = join(formatRoute(route), 'index.html');
    const routeDir = cacheDir && join(cacheDir, 'site-pages', createHash('sha256').update(path).digest('hex').slice(0, 16));
    const key = createHash('sha256').update(JSON.stringify([buildKey, route, meta, data])).digest('hex').slice(0, 32);
    const cachedPage = routeDir && join(routeDir, `${key}.html`);
    const hit = cachedPage && (await step('place cached files', () => placeFile(cachedPage, join(outDir, path)).then(() => true, () => false)));
    if (hit) {
      urls.push(new URL(meta.path, siteUrl).href);
      return;
    }
    stats.redoneSitePages++;
    await renderRoute(route, meta, data);
    if (routeDir && cachedPage) {
      await rm(routeDir, { recursive: true, force: true });
      await step('fill the cache', () => placeFile(join(outDir, path), cachedPage));
    }
  };
  for (const route of siteWidePages) {
    const sourcePage = route.sharedSourceId === undefined ? undefined : sharedById.get(route.sharedSourceId);
    if (sourcePage) {
      await renderSitePage(route, sharedSourcePageMeta(sourcePage, base), { files: { [sharedSourceFile(sourcePage.sharedId)]: sourcePage } });
    } else if (route.sharedSourceId === undefined) {
      await renderSitePage(route, libraryPageMeta(generated.firstScreen, base), { files: { [LIBRARY_FILE]: generated.firstScreen } });
    }
  }

  // The pack format, for editors: a pack's "$schema" points here.
  await write(outDir, PACK_SCHEMA_PATH, packJsonSchemaText());

  await renderer?.close();
  if (withExports) urls.push(...(await step('write exports', () => writeSiteExportFiles({ outDir, site: exportSite, template, readables }))));
  stats.seconds = (performance.now() - started) / 1000;
  if (process.env.TALLY_BUILD_STATS) await writeFile(process.env.TALLY_BUILD_STATS, JSON.stringify(stats));

  const notFoundHead = [
    '<title>Page not found · Tally</title>',
    '<meta name="description" content="This page is not part of Tally. The library of articles is one link away." />',
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
}

export function staticPages(): Plugin {
  let publicDir = '';
  let root = '';
  let base = '/';
  let site: Awaited<ReturnType<typeof loadSiteData>> | undefined;
  return {
    name: 'tally-static-pages',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      root = config.root;
      base = config.base;
    },
    // The packs are checked before anything is bundled, so that a broken pack stops the build at once.
    async buildStart() {
      site = await checkSite(publicDir, (message) => this.warn(message));
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir!;
      const template = await pageTemplate(await readFile(join(outDir, 'index.html'), 'utf8'), base, (fileName) => {
        const output = bundle[fileName];
        return output?.type === 'asset' ? String(output.source) : output?.code;
      });
      // scripts/build.ts keeps the browser's code to reuse it while the code does not change: it needs the
      // template and the names of the files this pass wrote.
      if (process.env.TALLY_BUNDLE_RECORD) {
        await writeFile(process.env.TALLY_BUNDLE_RECORD, JSON.stringify({ template, files: Object.keys(bundle).filter((file) => file !== 'index.html') }));
      }
      const warn = (message: string) => this.warn(message);
      await writeSite({ root, outDir, base, template, codeKey: await currentCodeHash(root), site: site ?? (await checkSite(publicDir, warn)), warn });
    },
  };
}
