import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { staticPages } from './scripts/static-pages.ts';

export default defineConfig({
  base: process.env.TALLY_BASE ?? '/',
  plugins: [react(), staticPages()],
});
