import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built with the same plugin and defaults as Tally, relative paths so it can be served from any folder.
export default defineConfig({ root: import.meta.dirname, base: './', plugins: [react()], logLevel: 'warn' });
