// The URL is the one record of what is open: / for the library, /{article}/{claim}/{report}/ for a
// comparison, /{article}/sources/{source}/ for a source's card, /sources/{source}/ for a source across articles, and ?q=…&qp=…&qs=… for a quoted passage to mark.
// One parse/format pair.
// Paths end in a slash because each one is a folder with its own index.html on a static host.
import { STUDIO_FOLDER } from './studio-address.ts';

/** What a URL asks for. Absent parts are closed; no article (and no shared source) means the library. */
export interface ReaderRoute {
  /** A source across every article, by its shared identity: /sources/{sharedId}/. Never with an article. */
  sharedSourceId?: string;
  articleId?: string;
  claimId?: string;
  /** The report whose column stands out, e.g. the hospital's figure in the death-toll comparison. */
  reportId?: string;
  /** A source whose card is open; its reports stand out in the text. Never together with a claim. */
  sourceId?: string;
  /** A passage a reader linked to, as a TextQuoteSelector: checked against the text before it is marked. */
  passage?: PassageQuote;
}

export interface PassageQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Longer quotes are not passages a reader selected; refusing them keeps URLs sane. */
export const MAX_PASSAGE_LENGTH = 2000;

/** The path segment under which source cards live; no claim may take it as its id. */
export const SOURCES_SEGMENT = 'sources';

/**
 * First path segments the site uses for its own files and pages; no article may take one as its id.
 * NOTE: keep in step with the folders the build writes (data, schema, previews, assets).
 */
export const RESERVED_ARTICLE_IDS: readonly string[] = [SOURCES_SEGMENT, 'data', 'schema', 'previews', 'assets', 'exports', 'ns', STUDIO_FOLDER];

export type ParsedRoute = ({ kind: 'reader' } & ReaderRoute) | { kind: 'not-found'; path: string };

/** Longer segments are not slugs Tally writes; refusing them keeps hostile URLs out of the page. */
const MAX_SEGMENT_LENGTH = 200;

function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

function parsePassage(search: string): PassageQuote | undefined {
  if (!search) return undefined;
  const params = new URLSearchParams(search);
  const exact = params.get('q');
  if (!exact || exact.length > MAX_PASSAGE_LENGTH) return undefined;
  const prefix = params.get('qp')?.slice(0, MAX_PASSAGE_LENGTH);
  const suffix = params.get('qs')?.slice(0, MAX_PASSAGE_LENGTH);
  return { exact, ...(prefix && { prefix }), ...(suffix && { suffix }) };
}

/** Reads a path, with its query string if any (`/a/?q=…`); a hash is ignored. */
export function parseRoute(url: string, base = '/'): ParsedRoute {
  const withoutHash = url.split('#')[0] ?? '';
  const queryAt = withoutHash.indexOf('?');
  const pathname = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const passage = queryAt === -1 ? undefined : parsePassage(withoutHash.slice(queryAt + 1));
  const root = normaliseBase(base);
  const notFound = { kind: 'not-found', path: pathname } as const;
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!withSlash.startsWith(root)) return notFound;

  const parts = withSlash.slice(root.length).split('/').filter(Boolean);
  if (parts.at(-1) === 'index.html') parts.pop();
  if (parts.length > 3) return notFound;

  const decoded: string[] = [];
  for (const part of parts) {
    if (part.length > MAX_SEGMENT_LENGTH) return notFound;
    try {
      decoded.push(decodeURIComponent(part));
    } catch {
      return notFound;
    }
  }
  const [articleId, claimId, reportId] = decoded;
  if (articleId === SOURCES_SEGMENT) {
    if (claimId === undefined || reportId !== undefined) return notFound;
    return { kind: 'reader', sharedSourceId: claimId, ...(passage && { passage }) };
  }
  if (claimId === SOURCES_SEGMENT && reportId !== undefined) {
    return { kind: 'reader', articleId: articleId!, sourceId: reportId, ...(passage && { passage }) };
  }
  return {
    kind: 'reader',
    ...(articleId !== undefined && { articleId }),
    ...(claimId !== undefined && { claimId }),
    ...(reportId !== undefined && { reportId }),
    ...(passage && { passage }),
  };
}

/**
 * The path for a route. A claim needs its article, and a report its claim; missing parents end the path.
 * A shared source takes precedence over an article, and a source card over a claim.
 */
export function formatRoute(route: ReaderRoute, base = '/'): string {
  const parts: string[] = [];
  if (route.sharedSourceId !== undefined) {
    parts.push(SOURCES_SEGMENT, route.sharedSourceId);
  } else if (route.articleId !== undefined) {
    parts.push(route.articleId);
    if (route.sourceId !== undefined) {
      parts.push(SOURCES_SEGMENT, route.sourceId);
    } else if (route.claimId !== undefined) {
      parts.push(route.claimId);
      if (route.reportId !== undefined) parts.push(route.reportId);
    }
  }
  const path = parts.map((part) => `${encodeURIComponent(part)}/`).join('');
  return `${normaliseBase(base)}${path}${formatPassage(route.passage)}`;
}

function formatPassage(passage: PassageQuote | undefined): string {
  if (!passage) return '';
  const params = new URLSearchParams({ q: passage.exact });
  if (passage.prefix) params.set('qp', passage.prefix);
  if (passage.suffix) params.set('qs', passage.suffix);
  return `?${params.toString()}`;
}
