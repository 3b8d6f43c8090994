// Reading packs from disk, for the build and `tally check`: the checks themselves are in src/core/check-pack.ts.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckOptions } from '../src/core/check-pack.ts';
import { ARTICLES_DIR } from '../src/core/data-files.ts';

export const nodeCheckOptions: CheckOptions = {
  sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
};


/** Every pack in a site's public folder, by listing it: there is no index to keep in sync. Sorted for a stable order. */
export async function listPackFiles(publicDir: string): Promise<string[]> {
  const names = await readdir(join(publicDir, ARTICLES_DIR));
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => `${ARTICLES_DIR}/${name}`);
}

export async function readPackTexts(root: string, files: readonly string[]) {
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(join(root, file), 'utf8') })));
}
