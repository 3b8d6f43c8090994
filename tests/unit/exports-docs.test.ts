import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPORT_FILES } from '../../src/core/export-addresses.ts';
import { RESEARCH_COLUMNS } from '../../src/core/research-table.ts';
import { TALLY_TERMS } from '../../src/core/web-annotation.ts';

const docs = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../docs/exports.md'), 'utf8');

describe('docs/exports.md', () => {
  it('documents every column with its type, its HXL tag and its description as the data package states it, and every term of Tally’s context', () => {
    for (const column of RESEARCH_COLUMNS) expect(docs).toContain(`| \`${column.name}\` | ${column.type} | \`${column.hxl}\` | ${column.description} |`);
    for (const term of Object.keys(TALLY_TERMS)) expect(docs).toContain(`| \`${term}\` |`);
  });

  it('names every export file', () => {
    for (const file of Object.values(EXPORT_FILES)) expect(docs).toContain(file);
  });
});
