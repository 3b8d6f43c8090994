// The Studio's address and what its query string asks for: /studio/?article={id} opens a published pack,
// /studio/?draft={key} reopens a local draft. One parse/format pair, used by the Studio and by the links to it.

/** The Studio's folder under the site's root (its id is reserved in url-state.ts). */
export const STUDIO_FOLDER = 'studio';

export interface StudioRequest {
  /** A published article to edit: its pack is loaded from the site's data. */
  articleId?: string;
  /** A draft saved in this browser, by its key. */
  draftKey?: string;
}

const ARTICLE_PARAM = 'article';
const DRAFT_PARAM = 'draft';
/** Longer values are not ids Tally writes; refusing them keeps hostile addresses out of the page. */
const MAX_VALUE_LENGTH = 200;

function param(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value && value.length <= MAX_VALUE_LENGTH ? value : undefined;
}

/** Reads the Studio's query string (`?article=…` or `?draft=…`); a draft wins over an article. */
export function parseStudioSearch(search: string): StudioRequest {
  const params = new URLSearchParams(search);
  const draftKey = param(params, DRAFT_PARAM);
  if (draftKey) return { draftKey };
  const articleId = param(params, ARTICLE_PARAM);
  return articleId ? { articleId } : {};
}

/** The query string for a request: "?draft=…", "?article=…", or "" for the start screen. */
export function formatStudioSearch(request: StudioRequest): string {
  if (request.draftKey) return `?${new URLSearchParams({ [DRAFT_PARAM]: request.draftKey }).toString()}`;
  if (request.articleId) return `?${new URLSearchParams({ [ARTICLE_PARAM]: request.articleId }).toString()}`;
  return '';
}

/** The Studio's address for a request, under the site's base path ("/" or "/tally/"). */
export function studioAddress(request: StudioRequest, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${STUDIO_FOLDER}/${formatStudioSearch(request)}`;
}
