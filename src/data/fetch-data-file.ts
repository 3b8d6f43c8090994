// Fetches one JSON data file from the app's own origin and names it in every failure.
import { DataFileError } from '../core/data-problems.ts';
import { BASE_PATH } from '../lib/base-path.ts';

/** The file could not be fetched. `status` is absent when the network itself failed. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** Worth retrying: the network or the server may recover; a 404 will not. */
  readonly retryable: boolean;
  constructor(
    readonly file: string,
    readonly status?: number,
  ) {
    super(status === undefined ? `${file} could not be fetched: the network request failed` : `${file} could not be fetched: the server answered ${status}`);
    this.retryable = status === undefined || status >= 500 || status === 408 || status === 429;
  }
}

export async function fetchDataFile(file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${BASE_PATH}${file}`, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError(file);
  }
  if (!response.ok) throw new FetchError(file, response.status);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError(file, [{ file, path: '', message: `expected JSON, but the file does not parse (${reason})` }]);
  }
}
