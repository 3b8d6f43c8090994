// A problem in a data file, told precisely: which file, where in it (a path such as
// `claims[2].reports[0].quote.exact`), and what was expected. Shared by every reader of data files.
import type * as v from 'valibot';

/** One thing wrong in a data file, located by a path such as `claims[2].reports[0].quote.exact`. */
export interface DataProblem {
  file: string;
  path: string;
  message: string;
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

