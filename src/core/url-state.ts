// The URL is the one record of what is open: /{article}/{claim}/{report}/ for a comparison,
// /{article}/sources/{source}/ for a source's card. One parse/format pair.
// Paths end in a slash because each one is a folder with its own index.html on a static host.

/** What a URL asks for. Absent parts are closed; no article means the default (first) one. */
export interface ReaderRoute {
  articleId?: string;
  claimId?: string;
  /** The report whose column stands out, e.g. the hospital's figure in the death-toll comparison. */
  reportId?: string;
  /** A source whose card is open; its reports stand out in the text. Never together with a claim. */
  sourceId?: string;
}

/** The path segment under which source cards live; no claim may take it as its id. */
export const SOURCES_SEGMENT = 'sources';

export type ParsedRoute = ({ kind: 'reader' } & ReaderRoute) | { kind: 'not-found'; path: string };

/** Longer segments are not slugs Tally writes; refusing them keeps hostile URLs out of the page. */
const MAX_SEGMENT_LENGTH = 200;

function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export function parseRoute(pathname: string, base = '/'): ParsedRoute {
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
  if (claimId === SOURCES_SEGMENT && reportId !== undefined) {
    return { kind: 'reader', articleId: articleId!, sourceId: reportId };
  }
  return {
    kind: 'reader',
    ...(articleId !== undefined && { articleId }),
    ...(claimId !== undefined && { claimId }),
    ...(reportId !== undefined && { reportId }),
  };
}

/**
 * The path for a route. A claim needs its article, and a report its claim; missing parents end the path.
 * A source card takes precedence over a claim.
 */
export function formatRoute(route: ReaderRoute, base = '/'): string {
  const parts: string[] = [];
  if (route.articleId !== undefined) {
    parts.push(route.articleId);
    if (route.sourceId !== undefined) {
      parts.push(SOURCES_SEGMENT, route.sourceId);
    } else if (route.claimId !== undefined) {
      parts.push(route.claimId);
      if (route.reportId !== undefined) parts.push(route.reportId);
    }
  }
  const path = parts.map((part) => `${encodeURIComponent(part)}/`).join('');
  return `${normaliseBase(base)}${path}`;
}
