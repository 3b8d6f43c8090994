// The library's data files: its index in pages (the first screen, then the rest on demand), and each shared source.
import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { libraryPageFile, libraryPageOfFile, sharedSourceFile, sharedSourceOfFile } from '../core/data-files.ts';
import { LibraryIndexSchema, SharedSourcePageSchema } from '../core/library.ts';
import { schemaProblems, DataFileError } from '../core/data-problems.ts';
import { fetchDataFile } from './fetch-data-file.ts';

function parse<S extends v.GenericSchema>(schema: S, json: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, json);
  if (!result.success) throw new DataFileError(file, schemaProblems(file, result.issues));
  return result.output;
}

/** One page of the library's index: page 1 is its first screen, the newest articles and how many there are in all. */
export function libraryPageQuery(page: number) {
  const file = libraryPageFile(page);
  return queryOptions({
    queryKey: ['library', page],
    queryFn: async ({ signal }) => parse(LibraryIndexSchema, await fetchDataFile(file, signal), file),
  });
}

/** What the library's first screen needs. */
export function libraryFirstScreenQuery() {
  return libraryPageQuery(1);
}

/** One page of a shared source's articles: page 1 is its first screen. */
export function sharedSourceQuery(sharedId: string, page = 1) {
  const file = sharedSourceFile(sharedId, page);
  return queryOptions({
    queryKey: ['shared-source', sharedId, page],
    queryFn: async ({ signal }) => parse(SharedSourcePageSchema, await fetchDataFile(file, signal), file),
  });
}

/** Library files in a prerendered page, put in the query cache by their path; false for other files. */
export function seedLibraryFile(file: string, json: unknown, setData: (key: readonly unknown[], data: unknown) => void): boolean {
  const page = libraryPageOfFile(file);
  if (page !== undefined) {
    setData(libraryPageQuery(page).queryKey, parse(LibraryIndexSchema, json, file));
    return true;
  }
  const source = sharedSourceOfFile(file);
  if (!source) return false;
  setData(sharedSourceQuery(source.sharedId, source.page).queryKey, parse(SharedSourcePageSchema, json, file));
  return true;
}
