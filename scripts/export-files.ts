// Build step: every export as a static file at a stable address, so that `curl` works and the reader's
// download links fetch the very same bytes. Per article under /{article}/: the W3C Web Annotation
// collection, the Hypothesis import file, the research table (CSV, JSON, HXL CSV) and its Data Package.
// Site-wide under /exports/: all reports in one table, all annotations in one collection, and the page
// listing every export. Tally's JSON-LD context at /ns/tally.jsonld.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { articleOrigin } from '../src/core/article-origin.ts';
import { dataPackage } from '../src/core/data-package.ts';
import {
  CONTEXT_PATH,
  EXPORT_FILES,
  absoluteUrl,
  contextPath,
  exportPath,
  exportsPagePath,
  pageUrl,
  type ExportFile,
  type ExportSite,
} from '../src/core/export-addresses.ts';
import { formatLongDate } from '../src/core/format-date.ts';
import { hypothesisFile } from '../src/core/hypothesis-export.ts';
import type { ArticleFile } from '../src/core/parse-article-file.ts';
import { readableArticle, type ReadableArticle } from '../src/core/readable-article.ts';
import { formatRoute } from '../src/core/url-state.ts';
import { researchRows, toCsv, toJson, type ResearchRow } from '../src/core/research-table.ts';
import { annotationCollection, POSITION_CONVENTION, tallyContext } from '../src/core/web-annotation.ts';
import { escapeHtml, withHead } from './page-head.ts';

interface ExportOptions {
  outDir: string;
  /** The site's origin (TALLY_SITE_URL) and base path. */
  siteUrl: string;
  base: string;
  /** The built page template (styles inlined, Content-Security-Policy set). */
  template: string;
  articles: readonly ArticleFile[];
}

/** What each file is, for the /exports/ page; the order is the page's. */
const FILE_INFO: Record<ExportFile, { name: string; type: string; what: string }> = {
  csv: { name: 'Table (CSV)', type: 'text/csv', what: 'One row per report: figure, qualifier, Tally’s reading, who, hours, place, source, chain, quote and its position, and per claim the UCDP-style low/best/high and ACLED-style conservative figures.' },
  json: { name: 'Table (JSON)', type: 'application/json', what: 'The same rows as a JSON array of objects.' },
  datapackage: { name: 'Data Package', type: 'application/json', what: 'Frictionless Data Package: every column’s type and meaning, so the table loads typed.' },
  hxl: { name: 'Table with HXL hashtags (CSV)', type: 'text/csv', what: 'The CSV with a row of Humanitarian Exchange Language hashtags under the header.' },
  annotations: { name: 'W3C Web Annotations (JSON-LD)', type: 'application/ld+json', what: 'An AnnotationCollection, one Annotation per report, aimed at the article’s text with quote and position selectors.' },
  hypothesis: { name: 'Hypothesis import file', type: 'application/json', what: 'Import it in Hypothesis’ sidebar to lay Tally’s claims over the live article.' },
};

async function write(outDir: string, path: string, text: string) {
  const target = join(outDir, path);
  await mkdir(dirname(target), { recursive: true });
  // NOTE: a file in the output may be a hard link into the build's cache: it is replaced, never written through.
  await rm(target, { force: true });
  await writeFile(target, text, 'utf8');
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function tableFiles(rows: ResearchRow[], pkg: ReturnType<typeof dataPackage>): Partial<Record<ExportFile, string>> {
  return { csv: toCsv(rows), json: toJson(rows), hxl: toCsv(rows, { hxl: true }), datapackage: json(pkg) };
}

function articleLabel(readable: ReadableArticle): string {
  const { article } = readable;
  return `Claims and reports in “${article.title}” (${article.outlet.name}, ${formatLongDate(article.published)}), marked by Tally`;
}

/**
 * One article's exports, by their path in the output folder: made from that article alone, so that a build
 * can keep them with the article's pages and make them again only when its pack changes.
 */
export function articleExportFiles(readable: ReadableArticle, site: ExportSite): Record<string, string> {
  const { article } = readable;
  const { base } = site;
  const rows = researchRows(readable, site);
  const origin = articleOrigin(article);
  const pkg = dataPackage({
    name: `tally-${article.id}`,
    title: articleLabel(readable),
    description: `Every report in the article, one row each, as Tally records it. ${POSITION_CONVENTION.replace('TextPositionSelector start and end', 'quote_start and quote_end')}`,
    homepage: pageUrl(site, { articleId: article.id }),
    sources: [{ title: `${article.outlet.name}: ${article.title}`, ...(origin && { path: origin.url }) }],
  });
  const files: Partial<Record<ExportFile, string>> = {
    ...tableFiles(rows, pkg),
    annotations: json(annotationCollection([readable], { site, path: exportPath('annotations', article.id, base), label: articleLabel(readable) })),
    hypothesis: json(hypothesisFile(readable, site)),
  };
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [relativePath(exportPath(file as ExportFile, article.id, base), base), text]));
}

// NOTE: an article cannot take the exports' addresses as its id: the schema reserves them (RESERVED_ARTICLE_IDS).
const relativePath = (path: string, base: string) => path.slice(formatRoute({}, base).length);

/** Writes every export; returns the addresses of the pages it wrote, for the sitemap. */
export async function writeExportFiles({ outDir, siteUrl, base, template, articles }: ExportOptions): Promise<string[]> {
  const site: ExportSite = { url: siteUrl, base };
  const readables = articles.map((file) => readableArticle(file));
  for (const readable of readables) {
    for (const [path, text] of Object.entries(articleExportFiles(readable, site))) await write(outDir, path, text);
  }
  return writeSiteExportFiles({ outDir, site, template, readables });
}

/**
 * The exports of every article together (one table, one collection), Tally's JSON-LD context and the page
 * listing every export; returns the addresses of the pages it wrote, for the sitemap.
 */
export async function writeSiteExportFiles({ outDir, site, template, readables }: { outDir: string; site: ExportSite; template: string; readables: readonly ReadableArticle[] }): Promise<string[]> {
  const { base } = site;
  const relative = (path: string) => relativePath(path, base);
  const allRows: ResearchRow[] = readables.flatMap((readable) => researchRows(readable, site));

  const sitePkg = dataPackage({
    name: 'tally-all-articles',
    title: 'Every report in every article on Tally',
    description: `Every report of every article Tally publishes, one row each. ${POSITION_CONVENTION.replace('TextPositionSelector start and end', 'quote_start and quote_end')}`,
    homepage: absoluteUrl(site, exportsPagePath(base)),
    sources: readables.map(({ article }) => {
      const origin = articleOrigin(article);
      return { title: `${article.outlet.name}: ${article.title}`, ...(origin && { path: origin.url }) };
    }),
  });
  const siteFiles: Partial<Record<ExportFile, string>> = {
    ...tableFiles(allRows, sitePkg),
    annotations: json(annotationCollection(readables, { site, path: exportPath('annotations', undefined, base), label: 'Claims and reports in every article on Tally' })),
  };
  for (const [file, text] of Object.entries(siteFiles) as [ExportFile, string][]) {
    await write(outDir, relative(exportPath(file, undefined, base)), text);
  }
  await write(outDir, relative(contextPath(base)), json(tallyContext(site)));
  await write(outDir, relative(exportsPagePath(base)) + 'index.html', exportsPage(template, readables, site));
  return [absoluteUrl(site, exportsPagePath(base))];
}

function fileList(files: readonly ExportFile[], articleId: string | undefined, base: string): string {
  const items = files.map((file) => {
    const info = FILE_INFO[file];
    const path = exportPath(file, articleId, base);
    return `<li><a href="${escapeHtml(path)}">${escapeHtml(info.name)}</a> <code>${escapeHtml(EXPORT_FILES[file])}</code>, ${escapeHtml(info.type)}<br />${escapeHtml(info.what)}</li>`;
  });
  return `<ul class="exports-list">\n${items.join('\n')}\n</ul>`;
}

/** The /exports/ page: plain HTML with no script, so it needs none of the reader's code. */
function exportsPage(template: string, readables: readonly ReadableArticle[], site: ExportSite): string {
  const { base } = site;
  const order: ExportFile[] = ['csv', 'json', 'datapackage', 'hxl', 'annotations', 'hypothesis'];
  const articles = readables.map((readable) => {
    const { article } = readable;
    const heading = `export-${article.id}`;
    const reports = readable.claims.reduce((n, c) => n + c.reports.length, 0);
    return `<section aria-labelledby="${escapeHtml(heading)}">
<h3 id="${escapeHtml(heading)}"><a href="${escapeHtml(formatRoute({ articleId: article.id }, base))}">${escapeHtml(article.title)}</a></h3>
<p class="list-meta">${escapeHtml(article.outlet.name)}, ${escapeHtml(formatLongDate(article.published))}: ${readable.claims.length} claims, ${reports} reports</p>
${fileList(order, article.id, base)}
</section>`;
  });
  const body = `<main class="exports-page" id="main" tabindex="-1">
<p><a href="${escapeHtml(formatRoute({}, base))}">Tally</a></p>
<h1>Exports</h1>
<p>Every claim Tally compares, in forms that research and annotation tools read as they are. Each file has a stable address: fetch it with <code>curl</code> or open it in your tools.</p>
<h2>All articles</h2>
${fileList(['csv', 'json', 'datapackage', 'hxl', 'annotations'], undefined, base)}
<h2>Each article</h2>
${articles.join('\n')}
<h2>Using them</h2>
<ul class="exports-list">
<li>pandas: <code>pandas.read_json("${escapeHtml(absoluteUrl(site, exportPath('json', undefined, base)))}")</code>, or <code>read_csv</code> with the column types from the Data Package.</li>
<li>R: <code>frictionless::read_resource(frictionless::read_package("${escapeHtml(absoluteUrl(site, exportPath('datapackage', undefined, base)))}"), "reports")</code>.</li>
<li>Hypothesis: open the article’s original page with Hypothesis, then in the sidebar’s <i>Share annotations</i> panel choose <i>Import</i> and pick the article’s <code>hypothesis.json</code>.</li>
</ul>
<h2>Conventions</h2>
<p>${escapeHtml(POSITION_CONVENTION)} The table’s <code>quote_start</code> and <code>quote_end</code> count the same way.</p>
<p>Values Tally reads into the article’s words (a range for “dozens”, clock hours for “early morning”) are labelled as Tally’s reading: columns named <code>tally_reading…</code> and <code>window_from</code>/<code>window_to</code>, and <code>tallyReading</code> in the annotations. An empty cell or an absent field means the article does not state it.</p>
<p>Tally’s own terms in the annotations are defined by its JSON-LD context, <a href="${escapeHtml(contextPath(base))}"><code>${escapeHtml(CONTEXT_PATH)}</code></a>.</p>
</main>`;
  const head = [
    '<title>Exports · Tally</title>',
    '<meta name="description" content="Every export of every article on Tally: W3C Web Annotations, a Hypothesis import file, and a research table as CSV and JSON with its Data Package." />',
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(site, exportsPagePath(base)))}" />`,
  ].join('\n    ');
  const page = withHead(template, head)
    // The app's start script, written into the page (decision 22): this page has no app to start.
    .replace(/\s*<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  if (!page.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root">');
  return page.replace('<div id="root"></div>', () => `<div id="root">${body}</div>`);
}
