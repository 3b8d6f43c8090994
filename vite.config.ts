import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { noPreloadHelper } from './scripts/no-preload-helper.ts';
import { devDataFiles, staticPages } from './scripts/static-pages.ts';
import { studioPage } from './scripts/studio-page.ts';
import { studioSave } from './scripts/studio-save.ts';

/**
 * The browser's code in a few chunks, each loaded when it is needed: the app's start (what every page
 * needs), each kind of page's own code (the reader, the library) and the panels, loaded on the reader's
 * intent. A module goes with the chunks that import it: one imported by both kinds of page goes with the
 * start, one imported by the reader and the panels goes with the reader (the panels only open beside it).
 * React and React DOM share a chunk of their own: React DOM is evaluated in a task of its own (main.tsx), and
 * one file compresses better than two (all of React is needed wherever React DOM is).
 */
const CHUNK_ROOTS: Record<string, string> = {
  '/src/main.tsx': 'entry',
  '/src/boot.tsx': 'start',
  '/src/app/ReaderPage.tsx': 'reader',
  '/src/app/LibraryPages.tsx': 'library',
  '/src/app/panels.ts': 'panels',
};

type ModuleInfo = { importers: readonly string[] } | null;

/**
 * Modules of a library that only one kind of page uses, although the library's index (imported by every page)
 * re-exports them: following imports back would put them with the start.
 */
const ONLY_FOR: [RegExp, string][] = [[/@tanstack[\\/](react-query|query-core)[\\/].*[\\/](useQueries|queriesObserver)\.js$/, 'library']];

function chunkOf(id: string, ctx: { getModuleInfo: (id: string) => ModuleInfo }): string | null {
  // With React DOM goes the ES module the entry imports it by (src/react-dom-client.ts): the entry then needs
  // none of the bundler's CommonJS interop and imports nothing up front (decision 22).
  if (/node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id) || id.endsWith('/src/react-dom-client.ts')) return 'react-dom';
  const only = ONLY_FOR.find(([pattern]) => pattern.test(id));
  if (only) return only[1];
  // The roots that import the module, following static imports back.
  const roots = new Set<string>();
  const seen = new Set<string>();
  const walk = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    const root = Object.entries(CHUNK_ROOTS).find(([path]) => module.endsWith(path))?.[1];
    if (root) return void roots.add(root);
    const importers = ctx.getModuleInfo(module)?.importers ?? [];
    if (importers.length === 0) roots.add('other');
    importers.forEach(walk);
  };
  walk(id);
  if (roots.has('entry') || roots.has('other')) return null;
  if (roots.has('start') || (roots.has('reader') && roots.has('library'))) return 'start';
  return roots.has('reader') ? 'reader' : roots.has('library') ? 'library' : roots.has('panels') ? 'panels' : null;
}

export default defineConfig({
  base: process.env.TALLY_BASE ?? '/',
  // The benchmark builds generated articles from a folder of its own.
  ...(process.env.TALLY_PUBLIC_DIR && { publicDir: process.env.TALLY_PUBLIC_DIR }),
  plugins: [react(), noPreloadHelper(), staticPages(), devDataFiles(), studioPage(), studioSave()],
  build: {
    // One stylesheet: a page prerendered with a panel open needs the panel's styles before any script runs.
    cssCodeSplit: false,
    // Every browser Tally supports preloads modules itself: no polyfill in the entry.
    modulePreload: false,
    rolldownOptions: { preserveEntrySignatures: false, output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: chunkOf, debugName: 'tally' }] } } },
    ...(process.env.TALLY_OUT_DIR && { outDir: process.env.TALLY_OUT_DIR, emptyOutDir: true }),
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
  },
});
