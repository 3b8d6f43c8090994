// Build step: one index.html per URL (article, claim, report) and a 404.html, so that every link
// loads from a plain static file server or CDN without rewrite rules. Each file boots the same app.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { parseArticleFile, parseArticleIndex } from '../src/core/parse-article-file.ts';
import { sitePages } from '../src/core/site-pages.ts';
import { formatRoute } from '../src/core/url-state.ts';

async function readJson(publicDir: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(join(publicDir, file), 'utf8')) as unknown;
}

/** Reads and validates every article's data, as the app will; a broken file fails the build. */
export async function loadSiteData(publicDir: string) {
  const index = parseArticleIndex(await readJson(publicDir, 'data/articles.json'), 'data/articles.json');
  const files = await Promise.all(
    index.articles.map(async ({ id }) => {
      const file = `data/articles/${id}.json`;
      return parseArticleFile(await readJson(publicDir, file), file);
    }),
  );
  return { index, files };
}

export function staticPages(): Plugin {
  let publicDir = '';
  return {
    name: 'tally-static-pages',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async writeBundle(options) {
      const outDir = options.dir!;
      const html = await readFile(join(outDir, 'index.html'), 'utf8');
      const { files } = await loadSiteData(publicDir);
      for (const file of files) {
        for (const rejected of file.rejectedClaims) {
          this.warn(`${rejected.problems[0]?.file}: claim ${rejected.index + 1} is not valid and is listed as such`);
        }
      }
      const pages = sitePages(files.map((file) => ({ id: file.article.id, claims: file.claims, sources: file.sources })));
      for (const route of pages) {
        const target = join(outDir, formatRoute(route), 'index.html');
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, html);
      }
      await writeFile(join(outDir, '404.html'), html);
    },
  };
}
