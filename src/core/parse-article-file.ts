// Checks a fetched data file and says precisely what is wrong with it: which file, where in it,
// and what was expected. A broken claim is set aside with its reasons; the rest of the file still works.
import * as v from 'valibot';
import {
  ArticleFileSchema,
  ClaimSchema,
  type Article,
  type Claim,
  type Place,
  type Source,
} from './schema.ts';
import { DataFileError, formatDataPath, schemaProblems, type DataProblem } from './data-problems.ts';

// Where a problem is and how it is told have their own module, which the library's pages load without this one.
export { DataFileError, describeProblem, formatDataPath, schemaProblems, type DataProblem } from './data-problems.ts';

/** A claim that failed its checks: still listed to the reader, with the reasons, but never anchored. */
export interface RejectedClaim {
  index: number;
  id: string | undefined;
  title: string | undefined;
  problems: DataProblem[];
}

export interface ArticleFile {
  article: Article;
  sources: Source[];
  places: Place[];
  claims: Claim[];
  rejectedClaims: RejectedClaim[];
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return repeated;
}

/** The last envelope validated, for a pack validated again after every edit (the Studio). */
export interface EnvelopeMemory {
  last?: { parts: unknown[]; result: v.SafeParseResult<typeof ArticleFileSchema> };
}

export const envelopeMemory = (): EnvelopeMemory => ({});

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The file's envelope (everything but its claims, which need only be a list) against its schema. With
 * `memory`, a file whose parts are the same objects as last time gets the same result without being
 * validated again: an edit of one claim does not validate a long article's text again. Objects are
 * never changed in place here (edits make new ones), which is what makes that sound.
 */
export function parseEnvelope(json: unknown, memory?: EnvelopeMemory): v.SafeParseResult<typeof ArticleFileSchema> {
  const parts = isRecord(json) ? [json.$schema, json.version, json.article, json.sources, json.places, Array.isArray(json.claims)] : undefined;
  const last = memory?.last;
  if (parts && last && parts.every((part, i) => part === last.parts[i])) return last.result;
  const result = v.safeParse(ArticleFileSchema, json);
  if (memory && parts) memory.last = { parts, result };
  return result;
}

/**
 * Validates a parsed article file. Throws {@link DataFileError} when the article itself is unusable.
 * `memory` is for a file validated again after each edit: see {@link parseEnvelope}.
 */
export function parseArticleFile(json: unknown, file: string, memory?: EnvelopeMemory): ArticleFile {
  const result = parseEnvelope(json, memory);
  if (!result.success) throw new DataFileError(file, schemaProblems(file, result.issues));
  const { article, sources, places } = result.output;
  // The claims as given, each checked below: a remembered envelope may come from an earlier list of claims.
  const rawClaims = (json as { claims: unknown[] }).claims;

  const repeatedSources = duplicates(sources.map((s) => s.id));
  if (repeatedSources.size > 0) {
    throw new DataFileError(
      file,
      sources.flatMap((source, i) =>
        repeatedSources.has(source.id)
          ? [{ file, path: `sources[${i}].id`, message: `expected a unique source id, received "${source.id}" twice` }]
          : [],
      ),
    );
  }

  const placeIds = new Set(places.map((p) => p.id));
  const placeProblems: DataProblem[] = [];
  const repeatedPlaces = duplicates(places.map((p) => p.id));
  places.forEach((place, i) => {
    if (repeatedPlaces.has(place.id)) {
      placeProblems.push({ file, path: `places[${i}].id`, message: `expected a unique place id, received "${place.id}" twice` });
    }
    place.within?.forEach((id, w) => {
      if (!placeIds.has(id) || id === place.id) {
        placeProblems.push({ file, path: `places[${i}].within[${w}]`, message: `expected the id of another place in "places", received "${id}"` });
      }
    });
  });
  if (placeProblems.length > 0) throw new DataFileError(file, placeProblems);

  const sourceIds = new Set(sources.map((s) => s.id));
  const claims: Claim[] = [];
  const rejectedClaims: RejectedClaim[] = [];
  const claimIds = new Set<string>();

  rawClaims.forEach((raw, index) => {
    const rawRecord = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const reject = (problems: DataProblem[]) =>
      rejectedClaims.push({
        index,
        id: typeof rawRecord.id === 'string' ? rawRecord.id : undefined,
        title: typeof rawRecord.title === 'string' ? rawRecord.title : undefined,
        problems,
      });

    const parsed = v.safeParse(ClaimSchema, raw);
    if (!parsed.success) return reject(schemaProblems(file, parsed.issues, ['claims', index]));
    const claim = parsed.output;
    const problems: DataProblem[] = [];
    const at = (...keys: (string | number)[]) => formatDataPath(['claims', index, ...keys]);

    if (claimIds.has(claim.id)) {
      problems.push({ file, path: at('id'), message: `expected a unique claim id, received "${claim.id}" again` });
    }
    const repeatedReports = duplicates(claim.reports.map((r) => r.id));
    claim.reports.forEach((report, r) => {
      if (repeatedReports.has(report.id)) {
        problems.push({ file, path: at('reports', r, 'id'), message: `expected a unique report id, received "${report.id}" twice` });
      }
      report.sourceIds.forEach((sourceId, s) => {
        if (!sourceIds.has(sourceId)) {
          problems.push({
            file,
            path: at('reports', r, 'sourceIds', s),
            message: `expected the id of a source in "sources", received "${sourceId}"`,
          });
        }
      });
      if (report.place && !placeIds.has(report.place.placeId)) {
        problems.push({
          file,
          path: at('reports', r, 'place', 'placeId'),
          message: `expected the id of a place in "places", received "${report.place.placeId}"`,
        });
      }
      if (report.partOf !== undefined) {
        const whole = claim.reports.find((other) => other.id === report.partOf);
        if (!whole || whole === report || whole.partOf !== undefined || !whole.figure || !report.figure) {
          problems.push({
            file,
            path: at('reports', r, 'partOf'),
            message: `expected the id of another report in this claim that gives the whole as a figure, received "${report.partOf}"`,
          });
        }
      }
    });

    if (problems.length > 0) return reject(problems);
    claimIds.add(claim.id);
    claims.push(claim);
  });

  return { article, sources, places, claims, rejectedClaims };
}
