// `npm run schema`: rewrites public/schema/pack-v1.json from the Valibot schema.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PACK_SCHEMA_PATH, packJsonSchemaText } from './pack-json-schema.ts';

const target = join(import.meta.dirname, '..', 'public', PACK_SCHEMA_PATH);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, packJsonSchemaText());
console.log(`Wrote ${target}`);
