import { describe, expect, it } from 'vitest';
import { withoutPreloadHelper } from '../../scripts/no-preload-helper.ts';

describe('the build without the bundler’s preload helper', () => {
  it('makes each wrapped import the import itself and drops the helper’s import', () => {
    const chunk = [
      'import { n as other } from "./runtime.js";',
      'import { t as __vitePreload } from "./index.js";',
      'var reader = () => __vitePreload(() => import("./reader.js").then((n) => n.t), __VITE_PRELOAD__);',
      'const { seed } = await __vitePreload(async () => { const { seed } = await import("./seed.js"); return { seed }; }, __VITE_PRELOAD__);',
      'export { reader as a };',
    ].join('\n');
    const out = withoutPreloadHelper(chunk, 'assets/start.js')!.code;
    expect(out).not.toMatch(/__vitePreload|__VITE_PRELOAD__|index\.js/);
    expect(out).toContain('var reader = () => (() => import("./reader.js").then((n) => n.t))();');
    expect(out).toContain('const { seed } = await (async () => {');
    expect(out).toContain('import { n as other } from "./runtime.js";');
  });

  it('drops the helper’s definition and export from the entry, keeping the rest', () => {
    const entry = 'var __vitePreload = function preload(load, deps) { return load(); };\nawait __vitePreload(() => import("./a.js"), []);\nexport { __vitePreload as t, other as u };\nvar other = 1;';
    const out = withoutPreloadHelper(entry, 'assets/index.js')!.code;
    expect(out).not.toContain('__vitePreload');
    expect(out).toContain('await (() => import("./a.js"))();');
    expect(out).toMatch(/export \{\s*other as u \};/);
  });

  it('leaves a chunk without the helper as it is', () => {
    expect(withoutPreloadHelper('export const a = 1;', 'assets/a.js')).toBeNull();
  });

  it('stops the build when the helper is given dependencies or used another way, naming the file', () => {
    expect(() => withoutPreloadHelper('import { t as __vitePreload } from "./i.js";\n__vitePreload(() => import("./a.js"), ["b.js"]);', 'assets/x.js')).toThrow(/assets\/x\.js: .*not __vitePreload\(function, no dependencies\)/);
    expect(() => withoutPreloadHelper('import { t as __vitePreload } from "./i.js";\nwindow.p = __vitePreload;', 'assets/y.js')).toThrow(/assets\/y\.js: .*does not rewrite/);
  });
});
