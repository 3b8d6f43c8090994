// The library's data files: its first screen, the whole index (loaded on demand), and each shared source.
import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { ARTICLE_INDEX_FILE, LIBRARY_FILE, sharedSourceFile, sharedSourceIdOfFile } from '../core/data-files.ts';
import { LibraryIndexSchema, SharedSourcePageSchema } from '../core/library.ts';
import { schemaProblems, DataFileError } from '../core/parse-article-file.ts';
import { fetchDataFile } from './fetch-data-file.ts';

function parse<S extends v.GenericSchema>(schema: S, json: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, json);
  if (!result.success) throw new DataFileError(file, schemaProblems(file, result.issues));
  return result.output;
}

/** What the library's first screen needs: the newest articles, and how many there are in all. */
export function libraryFirstScreenQuery() {
  return queryOptions({
    queryKey: ['library', 'first-screen'],
    queryFn: async ({ signal }) => parse(LibraryIndexSchema, await fetchDataFile(LIBRARY_FILE, signal), LIBRARY_FILE),
  });
}

/** Every article: fetched once, when a reader searches or asks for the rest of a long library. */
export function libraryQuery() {
  return queryOptions({
    queryKey: ['library', 'all'],
    queryFn: async ({ signal }) => parse(LibraryIndexSchema, await fetchDataFile(ARTICLE_INDEX_FILE, signal), ARTICLE_INDEX_FILE),
  });
}

export function sharedSourceQuery(sharedId: string) {
  const file = sharedSourceFile(sharedId);
  return queryOptions({
    queryKey: ['shared-source', sharedId],
    queryFn: async ({ signal }) => parse(SharedSourcePageSchema, await fetchDataFile(file, signal), file),
  });
}

/** Library files in a prerendered page, put in the query cache by their path; false for other files. */
export function seedLibraryFile(file: string, json: unknown, setData: (key: readonly unknown[], data: unknown) => void): boolean {
  if (file === LIBRARY_FILE) setData(libraryFirstScreenQuery().queryKey, parse(LibraryIndexSchema, json, file));
  else if (file === ARTICLE_INDEX_FILE) setData(libraryQuery().queryKey, parse(LibraryIndexSchema, json, file));
  else {
    const sharedId = sharedSourceIdOfFile(file);
    if (!sharedId) return false;
    setData(sharedSourceQuery(sharedId).queryKey, parse(SharedSourcePageSchema, json, file));
  }
  return true;
}
