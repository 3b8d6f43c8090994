// Where every export lives on the site: one owner of the file names, so the build that writes them, the
// reader's download links and the /exports/ page can never disagree. Addresses are stable: curl works.
import { formatRoute, type ReaderRoute } from './url-state.ts';

/** The files written for each article under `/{article}/`, and for the whole site under `/exports/`. */
export const EXPORT_FILES = {
  annotations: 'annotations.jsonld',
  hypothesis: 'hypothesis.json',
  csv: 'reports.csv',
  json: 'reports.json',
  datapackage: 'datapackage.json',
  hxl: 'reports-hxl.csv',
} as const;

export type ExportFile = keyof typeof EXPORT_FILES;

/** The folder of site-wide exports and of the page listing every export; no article may take it as its id. */
export const EXPORTS_SEGMENT = 'exports';

/** Tally's own JSON-LD context, published with the site. */
export const CONTEXT_PATH = 'ns/tally.jsonld';

/** Where the site is served: absolute addresses in exports need its origin, and paths need its base. */
export interface ExportSite {
  /** The site's origin, e.g. "https://tally.example" (TALLY_SITE_URL). */
  url: string;
  /** The path the site lives under, e.g. "/" or "/tally/". */
  base: string;
}

/** The path of an article's export file ("/aleppo-2016-09-23/reports.csv"), or of a site-wide one without an article. */
export function exportPath(file: ExportFile, articleId: string | undefined, base = '/'): string {
  const folder = articleId === undefined ? `${EXPORTS_SEGMENT}/` : `${encodeURIComponent(articleId)}/`;
  return `${formatRoute({}, base)}${folder}${EXPORT_FILES[file]}`;
}

/** The path of the page that lists every export. */
export function exportsPagePath(base = '/'): string {
  return `${formatRoute({}, base)}${EXPORTS_SEGMENT}/`;
}

export function contextPath(base = '/'): string {
  return `${formatRoute({}, base)}${CONTEXT_PATH}`;
}

export function absoluteUrl(site: ExportSite, path: string): string {
  return new URL(path, site.url).href;
}

/** The absolute address of one of Tally's reader pages. */
export function pageUrl(site: ExportSite, route: ReaderRoute): string {
  return absoluteUrl(site, formatRoute(route, site.base));
}
