import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { devDataFiles, staticPages } from './scripts/static-pages.ts';
import { studioPage } from './scripts/studio-page.ts';
import { studioSave } from './scripts/studio-save.ts';

export default defineConfig({
  base: process.env.TALLY_BASE ?? '/',
  // The benchmark builds generated articles from a folder of its own.
  ...(process.env.TALLY_PUBLIC_DIR && { publicDir: process.env.TALLY_PUBLIC_DIR }),
  plugins: [react(), staticPages(), devDataFiles(), studioPage(), studioSave()],
  // One stylesheet: a page prerendered with a panel open needs the panel's styles before any script runs.
  build: { cssCodeSplit: false, ...(process.env.TALLY_OUT_DIR && { outDir: process.env.TALLY_OUT_DIR, emptyOutDir: true }) },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
  },
});
