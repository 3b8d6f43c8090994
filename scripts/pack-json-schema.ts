// The pack format's JSON Schema, generated from the Valibot schema so that the two never disagree. The build
// serves it at /schema/pack-v1.json; a copy is kept in public/ so that packs in the repository find it too
// (`npm run schema` rewrites it; a unit test fails when it is stale).
import { toJsonSchema } from '@valibot/to-json-schema';
import { PACK_SCHEMA_PATH, PackSchema } from '../src/core/schema.ts';

export { PACK_SCHEMA_PATH };

/** The schema as the file's text. Checks written as code (such as "low <= high") are left to `tally check`. */
export function packJsonSchemaText(): string {
  const schema = toJsonSchema(PackSchema, { errorMode: 'ignore' });
  return `${JSON.stringify({ ...schema, title: 'Tally article pack, version 1', description: 'One article and the claims Tally compares in it. See docs/pack-format.md.' }, null, 2)}\n`;
}
