import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCacheDir, codeHash, CODE_INPUTS, CONFIG_SETTINGS, currentCodeHash } from '../../scripts/build-cache.ts';

const files = [
  { path: 'src/main.tsx', content: 'start()' },
  { path: 'index.html', content: '<div id="root"></div>' },
];

describe('the hash of the code a build reuses its bundle under', () => {
  it('does not depend on the order the files were listed in', () => {
    expect(codeHash([...files].reverse(), {})).toBe(codeHash(files, {}));
  });

  it('changes when a file changes by one byte, is renamed, added or goes missing', () => {
    const hash = codeHash(files, {});
    expect(codeHash([{ ...files[0]!, content: 'start();' }, files[1]!], {})).not.toBe(hash);
    expect(codeHash([{ ...files[0]!, path: 'src/boot.tsx' }, files[1]!], {})).not.toBe(hash);
    expect(codeHash([...files, { path: 'src/new.ts', content: '' }], {})).not.toBe(hash);
    expect(codeHash([...files, { path: 'src/new.ts', content: null }], {})).not.toBe(codeHash([...files, { path: 'src/new.ts', content: '' }], {}));
  });

  it('does not mistake where one file ends and the next begins', () => {
    const a = [{ path: 'a', content: 'xy' }, { path: 'b', content: 'z' }];
    const b = [{ path: 'a', content: 'x' }, { path: 'b', content: 'yz' }];
    expect(codeHash(a, {})).not.toBe(codeHash(b, {}));
  });

  it('changes with the settings that change the bundle', () => {
    expect(codeHash(files, { TALLY_BASE: '/tally/' })).not.toBe(codeHash(files, { TALLY_BASE: undefined }));
    expect(codeHash(files, { TALLY_BASE: undefined })).toBe(codeHash(files, { TALLY_BASE: undefined }));
  });
});

describe('the hash of the code on disk', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function project() {
    root = mkdtempSync(join(tmpdir(), 'tally-code-'));
    mkdirSync(join(root, 'src', 'core'), { recursive: true });
    mkdirSync(join(root, 'public', 'data', 'articles'), { recursive: true });
    writeFileSync(join(root, 'src', 'core', 'a.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'index.html'), '<div id="root"></div>');
    writeFileSync(join(root, 'public', 'data', 'articles', 'one.json'), '{}');
  }

  it('follows the code in nested folders and the template, never the packs', async () => {
    project();
    const before = await currentCodeHash(root, {});
    writeFileSync(join(root, 'public', 'data', 'articles', 'one.json'), '{"changed":true}');
    writeFileSync(join(root, 'public', 'data', 'articles', 'two.json'), '{}');
    expect(await currentCodeHash(root, {})).toBe(before);
    writeFileSync(join(root, 'src', 'core', 'a.ts'), 'export const a = 2;');
    const afterCode = await currentCodeHash(root, {});
    expect(afterCode).not.toBe(before);
    writeFileSync(join(root, 'index.html'), '<div id="root"></div>\n');
    expect(await currentCodeHash(root, {})).not.toBe(afterCode);
  });

  it('follows where the site is served', async () => {
    project();
    expect(await currentCodeHash(root, { TALLY_BASE: '/tally/' })).not.toBe(await currentCodeHash(root, {}));
  });
});

describe('where the build keeps what it reuses', () => {
  it('is under node_modules by default, moved by TALLY_PAGE_CACHE and turned off by "off"', () => {
    expect(buildCacheDir('/site', {})).toBe(join('/site', 'node_modules', '.cache', 'tally-pages'));
    expect(buildCacheDir('/site', { TALLY_PAGE_CACHE: '/elsewhere' })).toBe('/elsewhere');
    expect(buildCacheDir('/site', { TALLY_PAGE_CACHE: 'off' })).toBeUndefined();
  });
});

describe('a kept bundle is used only with the configuration it was made with', () => {
  it('records every setting vite.config.ts reads', () => {
    const config = readFileSync(join(process.cwd(), 'vite.config.ts'), 'utf8');
    const read = [...new Set([...config.matchAll(/process\.env\.(\w+)/g)].map((m) => m[1]))];
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(CONFIG_SETTINGS, name).toContain(name);
  });

  it('hashes the configuration file and the templates with the code', () => {
    expect(CODE_INPUTS.files).toEqual(expect.arrayContaining(['vite.config.ts', 'index.html', 'package-lock.json']));
    expect(CODE_INPUTS.folders).toEqual(expect.arrayContaining(['src', 'scripts', 'studio']));
  });
});
