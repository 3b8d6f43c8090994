import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { staticPages } from './scripts/static-pages.ts';

export default defineConfig({
  base: process.env.TALLY_BASE ?? '/',
  plugins: [react(), staticPages()],
  // One stylesheet: a page prerendered with a panel open needs the panel's styles before any script runs.
  build: { cssCodeSplit: false },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
  },
});
