// `npm run build`: the site, as `vite build` makes it, reusing the browser's code of an earlier build while
// none of the code changed. The browser's code (the reader's bundle and the Studio's) is made from the code
// alone; when the code's hash (scripts/build-cache.ts) finds it kept, this build skips the bundler (and does
// not even load Vite) and makes only what comes from the packs (scripts/static-pages.ts, whose own cache
// redoes only the packs that changed). Otherwise it runs `vite build` and keeps what the bundler wrote and
// the configuration Vite resolved. TALLY_PAGE_CACHE=off: no cache, everything made again.
import { copyFile, cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { LogLevel } from 'vite';
import { buildCacheDir, CONFIG_SETTINGS, currentCodeHash } from './build-cache.ts';
import { checkSite, step, stepSeconds, writeSite } from './static-pages.ts';

/** What a kept bundle holds: the page template made from it, its files by their path in the output, and the configuration. */
export interface KeptBundle {
  template: string;
  files: string[];
  config: { publicDir: string; outDir: string; base: string };
  /** The values of CONFIG_SETTINGS the configuration was resolved with. */
  settings: Record<string, string | null>;
}

const root = resolve(import.meta.dirname, '..');
/** `--logLevel error` as for `vite build`. */
const logLevel = process.argv.includes('--logLevel') ? (process.argv[process.argv.indexOf('--logLevel') + 1] as LogLevel) : undefined;
const warn = (message: string) => void (logLevel !== 'error' && logLevel !== 'silent' && console.warn(message));
const settings = Object.fromEntries(CONFIG_SETTINGS.map((name) => [name, process.env[name] ?? null]));

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

async function copyAll(files: readonly string[], from: string, to: string) {
  for (const file of files) {
    await mkdir(dirname(join(to, file)), { recursive: true });
    await copyFile(join(from, file), join(to, file));
  }
}

const cacheDir = buildCacheDir(root);
const codeKey = await currentCodeHash(root);
const entry = cacheDir && join(cacheDir, 'bundle', codeKey);
const kept = entry && (await readFile(join(entry, 'bundle.json'), 'utf8').then((text) => JSON.parse(text) as KeptBundle, () => undefined));
const usable = kept && JSON.stringify(kept.settings) === JSON.stringify(settings) ? kept : undefined;
// Node's start, this script's modules and the code's hash.
stepSeconds('start, hash the code', performance.now() / 1000);

if (entry && usable) {
  const { config } = usable;
  // As `vite build` does: the packs checked first, the output emptied, the public folder copied, then the
  // bundle's files (copies: they are few, and nothing written later may reach the cache through a link).
  const site = await checkSite(config.publicDir, warn);
  await step('place the browser’s code', async () => {
    // Emptied as Vite empties it: a `.git` folder (a site deployed from a branch) is kept.
    for (const name of await readdir(config.outDir).catch(() => [])) {
      if (name !== '.git') await rm(join(config.outDir, name), { recursive: true, force: true });
    }
    if (config.publicDir) await cp(config.publicDir, config.outDir, { recursive: true });
    await copyAll(usable.files, join(entry, 'files'), config.outDir);
  });
  // The Studio's pass is part of the kept bundle: its files are among those copied.
  await writeSite({ root, outDir: config.outDir, base: config.base, template: usable.template, codeKey, site, warn });
} else {
  const record = entry && join(cacheDir, 'bundle', `${codeKey}.record-${process.pid}.json`);
  if (record) {
    await mkdir(dirname(record), { recursive: true });
    process.env.TALLY_BUNDLE_RECORD = record;
  }
  const { build, resolveConfig } = await import('vite');
  // As `vite build` resolves it: for production, React's production build included.
  const config = await resolveConfig({ root, ...(logLevel && { logLevel }) }, 'build', 'production', 'production');
  await build({ root, ...(logLevel && { logLevel }) });
  if (entry && record) {
    const outDir = resolve(config.root, config.build.outDir);
    const { template, files } = JSON.parse(await readFile(record, 'utf8')) as Pick<KeptBundle, 'template' | 'files'>;
    await rm(record, { force: true });
    // The Studio's pass writes under studio/, a folder no article may take (RESERVED_ARTICLE_IDS).
    const studio = (await listFiles(join(outDir, 'studio'))).map((file) => `studio/${file}`);
    const bundle: KeptBundle = { template, files: [...files, ...studio], config: { publicDir: config.publicDir, outDir, base: config.base }, settings };
    // One kept bundle: an older one is of no more use.
    for (const name of await readdir(join(cacheDir, 'bundle'))) if (!name.startsWith(codeKey)) await rm(join(cacheDir, 'bundle', name), { recursive: true, force: true });
    await rm(entry, { recursive: true, force: true });
    await copyAll(bundle.files, outDir, join(entry, 'files'));
    // Its list last: a kept bundle without one is never used.
    await writeFile(join(entry, 'bundle.json'), JSON.stringify(bundle));
  }
}
