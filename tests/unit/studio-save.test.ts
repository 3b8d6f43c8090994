import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLocalRequest, savePackToProject } from '../../scripts/studio-save.ts';
import { aleppoJson } from '../fixtures/aleppo.ts';

async function project() {
  const root = await mkdtemp(join(tmpdir(), 'tally-save-'));
  const publicDir = join(root, 'public');
  await mkdir(join(publicDir, 'data', 'articles'), { recursive: true });
  await writeFile(join(publicDir, 'data', 'articles.json'), JSON.stringify({ articles: [{ id: 'other', title: 'Other' }] }));
  return { root, publicDir };
}

describe('savePackToProject', () => {
  it('writes a checked pack, lists it, and keeps the previous version when saving again', async () => {
    const { root, publicDir } = await project();
    const pack = aleppoJson();
    expect(await savePackToProject(root, publicDir, pack)).toEqual({ ok: true, file: 'public/data/articles/aleppo-2016-09-23.json', previous: undefined });
    const index = JSON.parse(await readFile(join(publicDir, 'data', 'articles.json'), 'utf8')) as { articles: { id: string }[] };
    expect(index.articles.map((a) => a.id)).toEqual(['other', 'aleppo-2016-09-23']);

    (pack.article as { title: string }).title = 'Edited title';
    const again = await savePackToProject(root, publicDir, pack, new Date('2026-01-02T03:04:05Z'));
    expect(again).toMatchObject({ ok: true, previous: '.studio-history/aleppo-2016-09-23/2026-01-02T03-04-05-000Z.json' });
    const previous = JSON.parse(await readFile(join(root, (again as { previous: string }).previous), 'utf8')) as { article: { title: string } };
    expect(previous.article.title).toBe('U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo');
    // No temporary file is left beside the pack.
    expect(await readdir(join(publicDir, 'data', 'articles'))).toEqual(['aleppo-2016-09-23.json']);
  });

  it('refuses a pack that fails the checks or whose id is not a slug, and writes nothing', async () => {
    const { root, publicDir } = await project();
    const bad = aleppoJson();
    (bad.article as { id: string }).id = '../../etc/passwd';
    const result = await savePackToProject(root, publicDir, bad);
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect((result as { problems: string[] }).problems[0]).toContain('at article.id: expected a slug');
    expect(await readdir(join(publicDir, 'data', 'articles'))).toEqual([]);
  });
});

describe('isLocalRequest', () => {
  const request = (remoteAddress: string, host: string, origin?: string) => ({ socket: { remoteAddress }, headers: { host, ...(origin && { origin }) } }) as Parameters<typeof isLocalRequest>[0];
  it('answers only this machine, called by a local name', () => {
    expect(isLocalRequest(request('127.0.0.1', 'localhost:5173', 'http://localhost:5173'))).toBe(true);
    expect(isLocalRequest(request('::1', '[::1]:5173'))).toBe(true);
    expect(isLocalRequest(request('192.168.1.20', 'localhost:5173'))).toBe(false);
    expect(isLocalRequest(request('127.0.0.1', 'evil.example:5173'))).toBe(false);
    expect(isLocalRequest(request('127.0.0.1', 'localhost:5173', 'https://evil.example'))).toBe(false);
  });
});
