#!/usr/bin/env node
// Builds the test-only site into dist-test/: the published data plus the synthetic fixture articles in
// tests/site/articles/, which are never published. The seed stays first, so `/` behaves as on the real site.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.test-site');
const fixtures = join(root, 'tests', 'site', 'articles');

rmSync(work, { recursive: true, force: true });
cpSync(join(root, 'public'), work, { recursive: true });

const indexPath = join(work, 'data', 'articles.json');
const index = existsSync(indexPath) ? JSON.parse(readFileSync(indexPath, 'utf8')) : null;
const fixtureFiles = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort() : [];
for (const file of fixtureFiles) {
  cpSync(join(fixtures, file), join(work, 'data', 'articles', file));
  const id = file.replace(/\.json$/, '');
  // While the site keeps a hand-written index, list each fixture in it after the published articles.
  if (index && !index.articles.some((a) => a.id === id)) {
    const { article } = JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
    index.articles.push({ id, title: article?.title ?? id });
  }
}
if (index) writeFileSync(indexPath, `${JSON.stringify(index, null, 2)}\n`);

const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  // A first screen of 3 articles and pages of 2: the test site's few articles still load in pages on demand.
  env: { ...process.env, TALLY_PUBLIC_DIR: work, TALLY_OUT_DIR: join(root, 'dist-test'), TALLY_LIBRARY_PAGES: '3,2' },
});
process.exit(result.status ?? 1);
