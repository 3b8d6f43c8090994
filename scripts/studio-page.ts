// Build step: the Studio (/studio/) is built apart from the reader, in a second pass with its own
// chunks under studio/assets/, so that a reader's pages share no file with it and never grow with it.
// Its page gets the same strict Content-Security-Policy as every other page.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { contentSecurityPolicy } from './static-pages.ts';
import { escapeHtml } from './page-head.ts';

export const STUDIO_HTML = 'studio/index.html';

export function studioPage(): Plugin {
  let root = '';
  let base = '/';
  let outDir = '';
  return {
    name: 'tally-studio-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        root,
        base,
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        plugins: [react()],
        build: {
          outDir,
          emptyOutDir: false,
          assetsDir: 'studio/assets',
          rolldownOptions: { input: { studio: join(root, STUDIO_HTML) } },
        },
      });
      const file = join(outDir, STUDIO_HTML);
      // The Studio's stylesheet is a file of its own, so the policy needs no hash of an inline one.
      const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy([]))}" />`;
      const html = (await readFile(file, 'utf8')).replace('<meta charset="utf-8" />', (charset) => `${charset}\n    ${meta}`);
      await writeFile(file, html);
    },
  };
}
