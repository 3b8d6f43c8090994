// README's map of src/ is how a newcomer finds their way: it must name every file that exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));

describe('README', () => {
  it('lists every file under src/ in its map', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const map = readme.slice(readme.indexOf('## Layout of `src/`'));
    const missing = files(join(root, 'src'))
      .map((file) => relative(join(root, 'src'), file))
      .filter((file) => !map.includes(file.split('/').at(-1)!));
    expect(missing).toEqual([]);
  });
});
