// The checks every pack must pass, shared by `tally check` and the build so that both say the same thing.
// Each problem names the file, the claim and report, the JSON path, what is wrong and how to fix it;
// every problem of every file is found in one run, never only the first.
import * as v from 'valibot';
import { anchorMemory, anchorQuotes, anchorQuotesRemembered, describeAnchorFailure, type Anchor, type AnchorMemory } from './anchor-quote.ts';
import { bodyText } from './article-text.ts';
import { envelopeMemory, formatDataPath, isRecord, parseEnvelope, schemaProblems, type EnvelopeMemory } from './parse-article-file.ts';
import {
  ArticleSchema,
  ClaimSchema,
  PACK_SCHEMA_PATH,
  SourceSchema,
  type Claim,
  type Source,
} from './schema.ts';

export type Severity = 'error' | 'warning';

/** One thing wrong in a pack. Errors keep it off the site; warnings are worth a look but do not. */
export interface PackProblem {
  severity: Severity;
  file: string;
  /** Where in the file, as a JSON path such as `claims[2].reports[0].quote.exact`; empty for the whole file. */
  path: string;
  claimId?: string;
  reportId?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** A pack as read from disk: its file name (as the user gave it) and its text. */
export interface PackText {
  file: string;
  text: string;
}

export interface CheckOptions {
  /** SHA-256 of a UTF-8 string, in lower-case hexadecimal. Given by the caller: the core stays free of Node and the DOM. */
  sha256: (text: string) => string;
  /**
   * What earlier checks of the same pack found for each claim, for a pack checked again after every edit
   * (the Studio): a claim object seen before is not checked again unless its place in the list, the text
   * or the ids it may refer to have changed. The problems are the same as without it.
   */
  claimChecks?: ClaimChecks;
}

/** What one claim's checks found, and what they depend on beyond the claim itself. */
interface ClaimCheck {
  /** The claim's index and whether its id is repeated. */
  context: string;
  problems: PackProblem[];
  /** The claim, when it has no errors. */
  claim: Claim | undefined;
  /** The source ids its reports cite. */
  cited: readonly string[];
}

/** Memory for {@link CheckOptions.claimChecks}: kept for one text, file name and set of ids, by claim object. */
export interface ClaimChecks {
  text: string | undefined;
  /** The file name and the source and place ids known. */
  known: string;
  byClaim: WeakMap<object, ClaimCheck>;
  /** Each quote's place in the text. */
  anchors: AnchorMemory;
  /**
   * The checks of the parts an edit of a claim leaves as they were (the article, its text, the sources and
   * places), by the parts' objects: a long article's text is not validated again for a keystroke in a report.
   */
  parsed: WeakMap<object, unknown>;
  /** The envelope last validated (see parseEnvelope). */
  envelope: EnvelopeMemory;
}

export function claimChecks(): ClaimChecks {
  return { text: undefined, known: '', byClaim: new WeakMap(), anchors: anchorMemory(), parsed: new WeakMap(), envelope: envelopeMemory() };
}

/** `compute()`, or what it gave before for the same `key` object and `kind` of result. */
function rememberedPart<T>(memory: ClaimChecks | undefined, key: unknown, kind: string, compute: () => T): T {
  if (!memory || typeof key !== 'object' || key === null) return compute();
  const byKind = (memory.parsed.get(key) ?? new Map<string, unknown>()) as Map<string, unknown>;
  memory.parsed.set(key, byKind);
  if (!byKind.has(kind)) byKind.set(kind, compute());
  return byKind.get(kind) as T;
}

/** A pack that passed every check, ready for the site. */
export interface CheckedPack {
  file: string;
  json: unknown;
  article: v.InferOutput<typeof ArticleSchema>;
  sources: Source[];
  claims: Claim[];
}

export interface CheckResult {
  problems: PackProblem[];
  /** The packs without errors, in the order given. */
  packs: CheckedPack[];
}

/** The `$schema` a pack in `data/articles/` links to, relative to the pack, so it works in the repository and on the site. */
export const PACK_SCHEMA_LINK = `../../${PACK_SCHEMA_PATH}`;

/** The name a pack's file must have: its article's id. */
export function packIdOfFile(file: string): string {
  const name = file.split(/[\\/]/).at(-1) ?? file;
  return name.replace(/\.json$/i, '');
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function repeated(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

/** Checks one pack's text. Never throws on bad input: everything wrong becomes a problem. */
export function checkPackText({ file, text }: PackText, options: CheckOptions): CheckResult {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      packs: [],
      problems: [
        {
          severity: 'error',
          file,
          path: '',
          message: `the file is not valid JSON (${reason})`,
          fix: 'Look for a missing comma, quote or bracket near the place named; an editor that checks JSON shows it.',
        },
      ],
    };
  }
  return checkPackJson(file, json, options);
}

/** Checks one parsed pack. */
export function checkPackJson(file: string, json: unknown, options: CheckOptions): CheckResult {
  const problems: PackProblem[] = [];
  const error = (path: string, message: string, fix: string, ids: Pick<PackProblem, 'claimId' | 'reportId'> = {}) =>
    problems.push({ severity: 'error', file, path, ...ids, message, fix });
  const warn = (path: string, message: string, fix: string) => problems.push({ severity: 'warning', file, path, message, fix });

  const memory = options.claimChecks;
  // The same envelope validation as the reader's parseArticleFile, remembered the same way.
  const envelope = parseEnvelope(json, memory?.envelope);
  if (!envelope.success) {
    for (const problem of schemaProblems(file, envelope.issues)) {
      error(problem.path, problem.message, 'Correct the value as described; docs/pack-format.md describes every field.');
    }
  }
  const record = isRecord(json) ? json : {};
  if (isRecord(json) && json.$schema === undefined) {
    warn('$schema', 'the pack has no "$schema" link, so editors cannot check it as it is typed', `Add "$schema": "${PACK_SCHEMA_LINK}" as the first field.`);
  }

  // The article, when it is valid, for the checks against its text.
  const articleResult = rememberedPart(memory, record.article, 'article', () => v.safeParse(ArticleSchema, record.article));
  const validArticle = articleResult.success ? articleResult.output : undefined;
  if (validArticle) {
    const expectedId = packIdOfFile(file);
    if (validArticle.id !== expectedId) {
      error(
        'article.id',
        `the article's id is "${validArticle.id}" but the file is named "${expectedId}.json"`,
        `Rename the file to "${validArticle.id}.json", or set article.id to "${expectedId}": the id is the article's address on the site.`,
      );
    }
  }
  // The text is checked against its quotes and fingerprint whenever the blocks are valid, even if other fields are not.
  const rawArticle = isRecord(record.article) ? record.article : {};
  const text = rememberedPart(memory, rawArticle.blocks, 'text', () => {
    const blocks = v.safeParse(ArticleSchema.entries.blocks, rawArticle.blocks);
    return blocks.success ? bodyText(blocks.output).text : undefined;
  });
  const recorded = isRecord(rawArticle.origin) ? rawArticle.origin.textSha256 : undefined;
  if (text !== undefined && typeof recorded === 'string') {
    const fingerprint = options.sha256(text);
    if (recorded !== fingerprint) {
      error(
        'article.origin.textSha256',
        `the text's fingerprint does not match: the blocks' text has SHA-256 ${fingerprint}`,
        `If the text was corrected on purpose, check that every quote still says what its source said, then set textSha256 to "${fingerprint}".`,
      );
    }
  }

  // Sources: each valid one is known by its id; repeated ids are errors at every place they occur.
  const rawSources = asArray(record.sources);
  const sourceIds = rawSources.map((s) => (isRecord(s) && typeof s.id === 'string' ? s.id : ''));
  const twiceSources = repeated(sourceIds.filter(Boolean));
  sourceIds.forEach((id, i) => {
    if (twiceSources.has(id)) {
      error(`sources[${i}].id`, `the source id "${id}" is used by more than one source`, 'Give each source its own id, and point each report at the right one.');
    }
  });
  const knownSources = new Set(sourceIds.filter(Boolean));
  const citedSources = new Set<string>();

  const places = checkPlaces(record.places, error);

  const rawClaims = asArray(record.claims);
  const claimIds = rawClaims.map((c) => (isRecord(c) && typeof c.id === 'string' ? c.id : ''));
  const twiceClaims = repeated(claimIds.filter(Boolean));
  const claims: Claim[] = [];

  const known = memory ? `${file}\n${[...knownSources].join('\n')}\n${places ? [...places].join('\n') : '-'}` : '';
  if (memory && (memory.text !== text || memory.known !== known)) Object.assign(memory, { text, known, byClaim: new WeakMap() });
  const contexts = rawClaims.map((_, c) => `${c} ${twiceClaims.has(claimIds[c]!)}`);
  const remembered = rawClaims.map((raw, c) => {
    const check = isRecord(raw) ? memory?.byClaim.get(raw) : undefined;
    return check?.context === contexts[c] ? check : undefined;
  });
  const parsedClaims = rawClaims.map((raw, c) => (remembered[c] ? undefined : v.safeParse(ClaimSchema, raw)));
  // Every quote is found in one pass over the text: a long article has thousands.
  const quotes = parsedClaims.flatMap((parsed) => (parsed?.success ? parsed.output.reports.map((r) => r.quote) : []));
  const anchors: Anchor[] = text === undefined ? [] : memory ? anchorQuotesRemembered(text, quotes, memory.anchors) : anchorQuotes(text, quotes);
  let nextAnchor = 0;
  rawClaims.forEach((raw, c) => {
    const check = remembered[c] ?? checkClaim(raw, c, parsedClaims[c]!);
    if (memory && isRecord(raw)) memory.byClaim.set(raw, { ...check, context: contexts[c]! });
    problems.push(...check.problems);
    if (check.claim) claims.push(check.claim);
    for (const id of check.cited) citedSources.add(id);
  });

  /** One claim's checks, in the order `tally check` lists them. */
  function checkClaim(raw: unknown, c: number, parsed: ReturnType<typeof v.safeParse<typeof ClaimSchema>>): Omit<ClaimCheck, 'context'> {
    const problems: PackProblem[] = [];
    const cited: string[] = [];
    const error = (path: string, message: string, fix: string, ids: Pick<PackProblem, 'claimId' | 'reportId'> = {}) =>
      problems.push({ severity: 'error', file, path, ...ids, message, fix });
    const claimId = claimIds[c] || undefined;
    const at = (...keys: (string | number)[]) => formatDataPath(['claims', c, ...keys]);
    if (!parsed.success) {
      for (const problem of schemaProblems(file, parsed.issues, ['claims', c])) {
        const reportIndex = /^claims\[\d+\]\.reports\[(\d+)\]/.exec(problem.path)?.[1];
        const rawReport = reportIndex === undefined || !isRecord(raw) ? undefined : asArray(raw.reports)[Number(reportIndex)];
        const reportId = isRecord(rawReport) && typeof rawReport.id === 'string' ? rawReport.id : undefined;
        error(problem.path, problem.message, 'Correct the value as described; docs/pack-format.md describes every field.', {
          ...(claimId && { claimId }),
          ...(reportId && { reportId }),
        });
      }
    }
    if (claimId && twiceClaims.has(claimId)) {
      error(at('id'), `the claim id "${claimId}" is used by more than one claim`, 'Give each claim its own id: it is the claim\'s address on the site.', { claimId });
    }
    if (!parsed.success) return { problems, claim: undefined, cited };
    const claim = parsed.output;
    const before = problems.length;
    const twiceReports = repeated(claim.reports.map((r) => r.id));
    claim.reports.forEach((report, r) => {
      const ids = { claimId: claim.id, reportId: report.id };
      if (twiceReports.has(report.id)) {
        error(at('reports', r, 'id'), `the report id "${report.id}" is used by more than one report of this claim`, 'Give each report of a claim its own id.', ids);
      }
      report.sourceIds.forEach((sourceId, s) => {
        cited.push(sourceId);
        if (!knownSources.has(sourceId)) {
          error(
            at('reports', r, 'sourceIds', s),
            `the report names the source "${sourceId}", which is not in "sources"`,
            knownSources.size > 0
              ? `Use one of the sources' ids (${[...knownSources].map((id) => `"${id}"`).join(', ')}), or add a source with the id "${sourceId}".`
              : `Add a source with the id "${sourceId}" to "sources".`,
            ids,
          );
        }
      });
      // NOTE: read from the raw report, so the check holds whether or not the schema declares placeId yet.
      const rawReport = isRecord(raw) ? asArray(raw.reports)[r] : undefined;
      const rawPlace = isRecord(rawReport) && isRecord(rawReport.place) ? rawReport.place : {};
      const placeId = typeof rawPlace.placeId === 'string' ? rawPlace.placeId : undefined;
      if (placeId !== undefined && places && !places.has(placeId)) {
        error(at('reports', r, 'place', 'placeId'), `the report names the place "${placeId}", which is not in "places"`, `Use the id of a place in "places", or add a place with the id "${placeId}".`, ids);
      }
      const anchor = anchors[nextAnchor++];
      if (anchor) {
        if (!anchor.ok) {
          const fix =
            anchor.reason === 'not-found'
              ? 'Copy the quote from the article text word for word, with the same punctuation, spaces and capitals.'
              : anchor.reason === 'ambiguous'
                ? 'Add a "prefix" (the words just before the quote) or a "suffix" (the words just after), long enough that only one place in the text fits.'
                : 'Correct the "prefix" and "suffix" so they are the exact words just before and after the quote, or remove them.';
          error(at('reports', r, 'quote'), `${describeAnchorFailure(anchor)}: "${clip(report.quote.exact)}"`, fix, ids);
        }
      }
      if (report.figure && !report.quote.exact.includes(report.figure.words)) {
        error(
          at('reports', r, 'figure', 'words'),
          `the figure's words "${report.figure.words}" are not inside the report's quote "${clip(report.quote.exact)}"`,
          "Copy the figure's words exactly as they appear in the quote, or widen the quote to include them.",
          ids,
        );
      }
    });
    const ok = problems.slice(before).every((p) => p.severity !== 'error') && !twiceClaims.has(claim.id);
    return { problems, claim: ok ? claim : undefined, cited };
  }

  rawSources.forEach((raw, i) => {
    if (isRecord(raw) && typeof raw.id === 'string' && v.is(SourceSchema, raw) && !citedSources.has(raw.id)) {
      warn(`sources[${i}]`, `the source "${raw.id}" is not named by any report`, 'Remove it, or name it in the reports whose words it gave.');
    }
  });

  const ok = envelope.success && !problems.some((p) => p.severity === 'error');
  return {
    problems,
    packs: ok ? [{ file, json, article: envelope.output.article, sources: envelope.output.sources, claims }] : [],
  };
}

/**
 * The optional top-level `places`: `{ id, name, level?, within?: [place ids] }`. Returns the known ids when
 * the pack has places (so that reports' `place.placeId` can be checked), or undefined when it has none.
 */
function checkPlaces(raw: unknown, error: (path: string, message: string, fix: string) => void): Set<string> | undefined {
  if (raw === undefined) return undefined;
  const list = asArray(raw);
  const ids = list.map((p) => (isRecord(p) && typeof p.id === 'string' ? p.id : ''));
  const twice = repeated(ids.filter(Boolean));
  const known = new Set(ids.filter(Boolean));
  list.forEach((place, i) => {
    if (twice.has(ids[i]!)) error(`places[${i}].id`, `the place id "${ids[i]}" is used by more than one place`, 'Give each place its own id.');
    if (!isRecord(place)) return;
    asArray(place.within).forEach((within, w) => {
      if (typeof within === 'string' && !known.has(within)) {
        error(`places[${i}].within[${w}]`, `the place "${ids[i]}" lies within "${within}", which is not in "places"`, `Add a place with the id "${within}", or use the id of one in "places".`);
      }
    });
  });
  return known;
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The fields that make a shared source the same source in every pack; descriptions are the article's own. */
const SHARED_FIELDS = ['name', 'kind', 'wikidata'] as const;

/**
 * Across packs: sources with one shared identity should be described alike, or the site's page for that
 * source would join different things. Warnings, as either pack may be the one to fix.
 */
export function crossPackProblems(packs: readonly CheckedPack[]): PackProblem[] {
  const firstSeen = new Map<string, { file: string; source: Source }>();
  const problems: PackProblem[] = [];
  for (const pack of packs) {
    pack.sources.forEach((source, i) => {
      if (!source.sharedId) return;
      const first = firstSeen.get(source.sharedId);
      if (!first) {
        firstSeen.set(source.sharedId, { file: pack.file, source });
        return;
      }
      for (const field of SHARED_FIELDS) {
        const mine = source[field];
        const theirs = first.source[field];
        if (mine === theirs) continue;
        problems.push({
          severity: 'warning',
          file: pack.file,
          path: `sources[${i}].${field}`,
          message: `the shared source "${source.sharedId}" has ${field} ${mine === undefined ? 'unset' : `"${mine}"`} here but ${theirs === undefined ? 'unset' : `"${theirs}"`} in ${first.file}`,
          fix: `Describe the source alike in both packs, or give one of them another sharedId if they are different sources.`,
        });
      }
    });
  }
  return problems;
}

/** Checks many packs, each on its own and then against each other. */
export function checkPacks(files: readonly PackText[], options: CheckOptions): CheckResult {
  const results = files.map((file) => checkPackText(file, options));
  const packs = results.flatMap((r) => r.packs);
  return { problems: [...results.flatMap((r) => r.problems), ...crossPackProblems(packs)], packs };
}

export function hasErrors(problems: readonly PackProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** One problem as the CLI and the build print it: where, what, and how to fix it. */
export function formatProblem(problem: PackProblem): string {
  const place = [
    problem.claimId && `claim "${problem.claimId}"`,
    problem.reportId && `report "${problem.reportId}"`,
    problem.path && `at ${problem.path}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${problem.file}: ${problem.severity}${place ? ` (${place})` : ''}: ${problem.message}\n  Fix: ${problem.fix}`;
}

/** Every problem, errors first, and a count. */
export function formatProblems(problems: readonly PackProblem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${plural(fileCount, 'pack')} checked: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}.`;
  return [...errors, ...warnings].map(formatProblem).concat(summary).join('\n');
}
