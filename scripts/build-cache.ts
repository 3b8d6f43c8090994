// What a build can keep from the last one. The browser's code (the Vite bundle and the Studio's pass) and the
// page renderer are made from the code alone, never from the packs: they are kept under one hash of every
// file they are made from, and made again only when that hash changes. The packs' pages have their own cache
// (scripts/static-pages.ts), whose keys include this one.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Everything the browser's code and the renderer are made from: the code (the app's and the build's own), the
 * page templates, the configuration, and the installed packages as npm recorded them. The packs are not here.
 */
export const CODE_INPUTS = {
  folders: ['src', 'scripts', 'studio'],
  files: ['index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'],
} as const;

/** The settings that change the bundle without changing a file: where the site is served. */
export const CODE_SETTINGS = ['TALLY_BASE'] as const;

/**
 * Every setting vite.config.ts reads (a test holds this list to the file): a kept bundle records the
 * configuration Vite resolved from them, and is used only with the same values.
 */
export const CONFIG_SETTINGS = ['TALLY_BASE', 'TALLY_PUBLIC_DIR', 'TALLY_OUT_DIR'] as const;

export interface HashedFile {
  /** The path from the project's root, with forward slashes on every system. */
  path: string;
  /** Its bytes; null when it does not exist. */
  content: Buffer | string | null;
}

/**
 * One hash of files and settings. The order files were listed in does not matter; a file's path is part of
 * the hash as well as its bytes (a renamed file changes it), and a missing file differs from an empty one.
 */
export function codeHash(files: readonly HashedFile[], settings: Readonly<Record<string, string | undefined>>): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (file.content === null) {
      hash.update(`${file.path}\0missing\0`);
      continue;
    }
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    hash.update(`${file.path}\0${bytes.length}\0`).update(bytes);
  }
  hash.update(JSON.stringify(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v ?? null])));
  return hash.digest('hex').slice(0, 32);
}

async function listFiles(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The hash of the code as it is now on disk under `root`, with the settings of this process. */
export async function currentCodeHash(root: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const paths = [...(await Promise.all(CODE_INPUTS.folders.map((folder) => listFiles(root, folder)))).flat(), ...CODE_INPUTS.files];
  const files = await Promise.all(
    paths.map(async (path) => ({ path, content: await readFile(join(root, path)).catch(() => null) })),
  );
  const settings = Object.fromEntries(CODE_SETTINGS.map((name) => [name, env[name]]));
  return codeHash(files, { ...settings, node: process.version });
}

/**
 * Where a build keeps what it may reuse: TALLY_PAGE_CACHE moves it (the benchmark keeps its own);
 * TALLY_PAGE_CACHE=off turns every cache off, so that a build makes everything again.
 */
export function buildCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.TALLY_PAGE_CACHE;
  if (dir === 'off') return undefined;
  return dir ?? join(root, 'node_modules', '.cache', 'tally-pages');
}
