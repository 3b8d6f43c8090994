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

/** One thing wrong in a data file, located by a path such as `claims[2].reports[0].quote.exact`. */
export interface DataProblem {
  file: string;
  path: string;
  message: string;
}

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

/** The whole file is unusable (not JSON, or the article or its sources are malformed). */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly problems: DataProblem[],
  ) {
    super(`${file} is not a valid data file: ${problems.map(describeProblem).join('; ')}`);
  }
}

export function describeProblem(problem: DataProblem): string {
  return problem.path ? `at ${problem.path}: ${problem.message}` : problem.message;
}

export function formatDataPath(keys: readonly (string | number)[]): string {
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === '') return 'an empty text';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Valibot's issues as problems located by path, with what was expected and what was found. */
export function schemaProblems(
  file: string,
  issues: readonly v.BaseIssue<unknown>[],
  basePath: readonly (string | number)[] = [],
): DataProblem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    // A schema issue says which type it wanted; a validation issue carries our own wording of the rule.
    const missingKey = issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined;
    const expected = missingKey ? `the field ${issue.expected}` : issue.kind === 'schema' ? issue.expected : issue.message;
    const received = issue.path?.length ? describeValue(issue.input) : issue.received;
    return {
      file,
      path: formatDataPath([...basePath, ...keys]),
      message: `expected ${expected ?? issue.message}, received ${received}`,
    };
  });
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return repeated;
}

/** Validates a parsed article file. Throws {@link DataFileError} when the article itself is unusable. */
export function parseArticleFile(json: unknown, file: string): ArticleFile {
  const result = v.safeParse(ArticleFileSchema, json);
  if (!result.success) throw new DataFileError(file, schemaProblems(file, result.issues));
  const { article, sources, places, claims: rawClaims } = result.output;

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
