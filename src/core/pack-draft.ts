// An article's pack while an editor builds it in the Studio: started from pasted text or an existing
// pack, edited by small pure steps, and checked by the same code that checks packs for readers.
import { bodyText } from './article-text.ts';
import { checkPackJson, claimChecks, PACK_SCHEMA_LINK, type PackProblem } from './check-pack.ts';
import { DataFileError, parseArticleFile, type DataProblem } from './parse-article-file.ts';
import { PACK_VERSION, type Article, type Claim, type Place, type Report, type Source } from './schema.ts';

/** What the Studio edits: the pack's three parts, kept even while some fields are still empty. */
export interface PackDraft {
  article: Article;
  sources: Source[];
  /** The places the article names; reports point at them by id. */
  places: Place[];
  claims: Claim[];
}

/** The metadata an editor gives when pasting an article's text. */
export interface PastedArticle {
  title: string;
  outlet: string;
  /** "2016-09-23" */
  published: string;
  /** The web address the text was taken from: the pack's `article.origin.url`. */
  address: string;
  /** The day the text was taken, "2026-11-26". */
  retrieved: string;
  /** The article's language, "en"; may be empty. */
  language: string;
  /** The byline or credit line, "By Mira Okafor": the pack's `article.credit`; may be empty. */
  byline?: string;
  text: string;
}

/** SHA-256 of a string, in lower-case hexadecimal; the caller computes it (see check-pack.ts). */
export type Sha256 = (text: string) => string;

/** A slug for ids and file names: "Death toll in Aleppo" → "death-toll-in-aleppo". */
export function slugify(text: string, maxLength = 64): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = base || 'item';
  if (!used.has(root)) return root;
  for (let n = 2; ; n++) if (!used.has(`${root}-${n}`)) return `${root}-${n}`;
}

/** Paragraphs are separated by blank lines; line breaks inside one are spaces. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/**
 * Starts a pack from pasted text. With no title given, a first paragraph of one short line is taken as
 * the title, as a saved text file usually begins.
 */
export function pastedTitleAndBlocks(pasted: PastedArticle): { title: string; blocks: Article['blocks'] } {
  const paragraphs = splitParagraphs(pasted.text);
  let title = pasted.title.trim();
  if (!title && paragraphs.length > 1 && paragraphs[0]!.length <= 200) title = paragraphs.shift()!;
  return { title, blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })) };
}

/** The text a pasted article's fingerprint is taken over: its blocks' texts, as quotes are anchored in them. */
export function pastedBodyText(pasted: PastedArticle): string {
  return bodyText(pastedTitleAndBlocks(pasted).blocks).text;
}

/** Starts a pack from pasted text; `sha256` fingerprints the text for `article.origin.textSha256`. */
export function packFromText(pasted: PastedArticle, sha256: Sha256): PackDraft {
  const { title, blocks } = pastedTitleAndBlocks(pasted);
  const language = pasted.language.trim();
  const credit = pasted.byline?.trim();
  const article: Article = {
    id: slugify(`${title.split(/\s+/).slice(0, 8).join(' ')} ${pasted.published}`.trim()),
    title,
    outlet: { name: pasted.outlet.trim() },
    published: pasted.published.trim(),
    ...(credit && { credit }),
    blocks,
    origin: {
      url: pasted.address.trim(),
      retrieved: pasted.retrieved.trim(),
      ...(language && { language }),
      textSha256: sha256(bodyText(blocks).text),
    },
  };
  return { article, sources: [], places: [], claims: [] };
}

export type PackFromJson = { ok: true; pack: PackDraft } | { ok: false; problems: DataProblem[] };

/** Opens an existing pack, checked exactly as for readers; a pack with any broken claim is refused whole. */
export function packFromJson(json: unknown, file: string): PackFromJson {
  try {
    const parsed = parseArticleFile(json, file);
    if (parsed.rejectedClaims.length > 0) return { ok: false, problems: parsed.rejectedClaims.flatMap((c) => c.problems) };
    return { ok: true, pack: { article: parsed.article, sources: parsed.sources, places: parsed.places, claims: parsed.claims } };
  } catch (error) {
    if (error instanceof DataFileError) return { ok: false, problems: error.problems };
    return { ok: false, problems: [{ file, path: '', message: 'expected a Tally pack (a JSON object with "article", "sources" and "claims")' }] };
  }
}

/**
 * The pack's file as parsed JSON, `JSON.parse(packJson(pack))`, made part by part and remembered by
 * object: after an edit, the megabyte of text and the unchanged claims are not copied again, and keep
 * their identity (which the checks' memory relies on).
 */
export function packFileJson(): (pack: PackDraft) => unknown {
  const asJson = new WeakMap<object, unknown>();
  const jsonOf = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (!asJson.has(value)) asJson.set(value, JSON.parse(JSON.stringify(value)));
    return asJson.get(value);
  };
  const articles = new WeakMap<object, unknown>();
  return (pack) => {
    // The same article object while the article is (an edit elsewhere keeps it), so checks can remember it.
    if (!articles.has(pack.article)) {
      articles.set(pack.article, Object.fromEntries(Object.entries(pack.article).flatMap(([key, value]) => (value === undefined ? [] : [[key, jsonOf(value)]]))));
    }
    const article = articles.get(pack.article);
    return { $schema: PACK_SCHEMA_LINK, version: PACK_VERSION, article, sources: jsonOf(pack.sources), places: jsonOf(pack.places), claims: pack.claims.map(jsonOf) };
  };
}

/** The pack as a file: the same JSON readers load. */
export function packJson(pack: PackDraft): string {
  const file = { $schema: PACK_SCHEMA_LINK, version: PACK_VERSION, article: pack.article, sources: pack.sources, places: pack.places, claims: pack.claims };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function packFileName(pack: PackDraft): string {
  return `${pack.article.id || 'article'}.json`;
}

/**
 * Every problem with the pack, each at its path (`claims[0].reports[1].figure.value`): the checks of
 * `tally check` and the build (check-pack.ts), then what only an editor's draft needs — at least one claim,
 * and each hour's, place's and step's words found in the text. `sha256` is undefined while the text's
 * fingerprint is still being computed; the pack is not ready until it is known.
 */
export function checkPack(pack: PackDraft, sha256: Sha256 | undefined): PackProblem[] {
  return packChecker()(pack, sha256);
}

/**
 * {@link checkPack} for a draft checked again after every edit: it remembers what it found for the text
 * and for each claim, so an edit in one report re-checks that claim, not a long article's thousand. Edits
 * return new objects for what they change and keep the rest (see below), which is what it relies on.
 */
export function packChecker(): (pack: PackDraft, sha256: Sha256 | undefined) => PackProblem[] {
  const claims = claimChecks();
  const toJson = packFileJson();
  /** Whether the text holds some words, for the blocks last seen (an edit keeps the same array). */
  let wordsIn = { blocks: undefined as unknown, text: '', found: new Map<string, boolean>() };
  return (pack, sha256) => {
    const file = packFileName(pack);
    const problems: PackProblem[] = [];
    const error = (path: string, message: string, fix: string) => problems.push({ severity: 'error', file, path, message, fix });
    if (sha256) {
      const json = toJson(pack);
      problems.push(...checkPackJson(file, json, { sha256, claimChecks: claims }).problems);
    } else error('article.origin.textSha256', "the text's fingerprint is still being computed", 'Wait a moment and try again.');
    if (pack.claims.length === 0) error('claims', 'expected at least one claim', 'Select words in the text and choose "New claim".');
    if (wordsIn.blocks !== pack.article.blocks) wordsIn = { blocks: pack.article.blocks, text: packText(pack), found: new Map() };
    const { text, found } = wordsIn;
    const inText = (words: string) => {
      if (!found.has(words)) found.set(words, text.includes(words));
      return found.get(words)!;
    };
    pack.claims.forEach((claim, c) => {
      claim.reports.forEach((report, r) => {
        const at = `claims[${c}].reports[${r}]`;
        const stated: [string, string | undefined][] = [
          ['window.words', report.window?.words],
          ['place.words', report.place?.words],
          ...(report.via ?? []).map((step, s): [string, string] => [`via[${s}].words`, step.words]),
        ];
        for (const [path, words] of stated) {
          if (words && !inText(words)) error(`${at}.${path}`, `expected words from the article, received "${words}"`, 'Select the words in the text instead of typing them.');
        }
      });
    });
    return problems;
  };
}

/** The problems that keep a pack from export: its errors. Warnings are shown but do not stop it. */
export function exportErrors(problems: readonly PackProblem[]): PackProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** The body as one string, as quotes are anchored in it. */
export function packText(pack: PackDraft): string {
  return bodyText(pack.article.blocks).text;
}

// Small edits, each returning a new pack: the Studio's history keeps every one.

export function updateArticle(pack: PackDraft, patch: Partial<Article>): PackDraft {
  return { ...pack, article: { ...pack.article, ...patch } };
}

export function addSource(pack: PackDraft, source: Source): PackDraft {
  return { ...pack, sources: [...pack.sources, source] };
}

export function updateSource(pack: PackDraft, sourceId: string, patch: Partial<Source>): PackDraft {
  return { ...pack, sources: pack.sources.map((s) => (s.id === sourceId ? { ...s, ...patch } : s)) };
}

/** The place record named by `words`, made when the pack has none of that name yet; returns the pack and its id. */
export function placeNamed(pack: PackDraft, words: string): { pack: PackDraft; placeId: string } {
  const known = pack.places.find((p) => p.name.toLowerCase() === words.toLowerCase());
  if (known) return { pack, placeId: known.id };
  const placeId = uniqueId(slugify(words) || 'place', pack.places.map((p) => p.id));
  return { pack: { ...pack, places: [...pack.places, { id: placeId, name: words }] }, placeId };
}

export function updatePlace(pack: PackDraft, placeId: string, patch: Partial<Place>): PackDraft {
  return { ...pack, places: pack.places.map((p) => (p.id === placeId ? { ...p, ...patch } : p)) };
}

export function addClaim(pack: PackDraft, claim: Claim): PackDraft {
  return { ...pack, claims: [...pack.claims, claim] };
}

export function updateClaim(pack: PackDraft, claimId: string, patch: Partial<Claim>): PackDraft {
  return { ...pack, claims: pack.claims.map((c) => (c.id === claimId ? { ...c, ...patch } : c)) };
}

export function removeClaim(pack: PackDraft, claimId: string): PackDraft {
  return { ...pack, claims: pack.claims.filter((c) => c.id !== claimId) };
}

export function addReport(pack: PackDraft, claimId: string, report: Report): PackDraft {
  return { ...pack, claims: pack.claims.map((c) => (c.id === claimId ? { ...c, reports: [...c.reports, report] } : c)) };
}

export function updateReport(pack: PackDraft, claimId: string, reportId: string, update: (report: Report) => Report): PackDraft {
  return {
    ...pack,
    claims: pack.claims.map((c) => (c.id === claimId ? { ...c, reports: c.reports.map((r) => (r.id === reportId ? update(r) : r)) } : c)),
  };
}

export function removeReport(pack: PackDraft, claimId: string, reportId: string): PackDraft {
  return {
    ...pack,
    claims: pack.claims.map((c) => (c.id === claimId ? { ...c, reports: c.reports.filter((r) => r.id !== reportId) } : c)),
  };
}
