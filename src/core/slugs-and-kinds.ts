// The two pieces of the data's shape that the library's pages need too: ids as they appear in URLs, and the
// kinds of source. Apart from schema.ts so that a page listing articles does not load every schema.
import * as v from 'valibot';

/** A slug appears in URLs, so it is fixed in the data and never derived from a title. */
export const SlugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug of lower-case letters, digits and hyphens, such as "death-toll"'),
  v.maxLength(64, 'a slug of at most 64 characters'),
);

/** What kind of source speaks, and how a reader is told it. */
export const SOURCE_KIND_LABELS = {
  person: 'Person',
  organisation: 'Organisation',
  officials: 'Officials',
  media: 'Media',
  unnamed: 'Unnamed source',
  outlet: 'The article itself, unattributed',
} as const;

export const SourceKindSchema = v.picklist(Object.keys(SOURCE_KIND_LABELS) as (keyof typeof SOURCE_KIND_LABELS)[]);
