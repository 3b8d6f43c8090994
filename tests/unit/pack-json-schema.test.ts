// @vitest-environment node
// The pack's JSON Schema in public/ is what the Valibot schema generates, and it accepts the published packs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_PATH, packJsonSchemaText } from '../../scripts/pack-json-schema.ts';
import { PACK_SCHEMA_LINK } from '../../src/core/check-pack.ts';

const root = resolve(import.meta.dirname, '../..');

describe('the pack JSON Schema', () => {
  it('kept in public/ is the one the schema generates (run `npm run schema` when this fails)', () => {
    expect(readFileSync(join(root, 'public', PACK_SCHEMA_PATH), 'utf8')).toBe(packJsonSchemaText());
  });

  it('is where a pack in public/data/articles/ links to', () => {
    const pack = JSON.parse(readFileSync(join(root, 'public/data/articles/aleppo-2016-09-23.json'), 'utf8')) as { $schema: string };
    expect(pack.$schema).toBe(PACK_SCHEMA_LINK);
    expect(resolve(join(root, 'public/data/articles'), pack.$schema)).toBe(join(root, 'public', PACK_SCHEMA_PATH));
  });

  it('describes every part of a pack, claims included, for an editor to complete', () => {
    const schema = JSON.parse(packJsonSchemaText()) as { required: string[]; properties: Record<string, { items?: { required?: string[] } }> };
    expect(schema.required).toEqual(['version', 'article', 'sources', 'claims']);
    expect(schema.properties.claims!.items!.required).toEqual(['id', 'title', 'question', 'kind', 'reports']);
  });
});
