// The Studio's data: a published article's pack, opened for editing ("Edit in Studio"). Fetched from the
// same file readers load and checked by the same code; a pack with any broken claim is refused whole.
import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { articleFile } from '../core/data-files.ts';
import { packFromJson, type PackDraft } from '../core/pack-draft.ts';
import { DataFileError } from '../core/parse-article-file.ts';
import { SlugSchema } from '../core/schema.ts';
import { fetchDataFile } from './fetch-data-file.ts';

export function publishedPackQuery(articleId: string) {
  const file = articleFile(articleId);
  return queryOptions({
    queryKey: ['studio', 'published-pack', articleId],
    queryFn: async ({ signal }): Promise<PackDraft> => {
      // The id comes from the address bar: anything but a slug names no file of the site.
      if (!v.safeParse(SlugSchema, articleId).success) {
        throw new DataFileError(file, [{ file, path: '', message: `"${articleId}" is not an article id (lower-case letters, digits and hyphens)` }]);
      }
      const opened = packFromJson(await fetchDataFile(file, signal), file);
      if (!opened.ok) throw new DataFileError(file, opened.problems);
      return opened.pack;
    },
  });
}
