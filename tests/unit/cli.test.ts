// @vitest-environment node
// `tally check` and `tally new` run as a user runs them, as a process; and the build refusing a broken
// pack among good ones, listing every problem of every pack with the CLI's own words.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { aleppoJson } from '../fixtures/aleppo.ts';

// Each test starts Node (and tsx) once or more: on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

const root = resolve(import.meta.dirname, '../..');
const seedFile = join(root, 'public/data/articles/aleppo-2016-09-23.json');
const work = mkdtempSync(join(tmpdir(), 'tally-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(command, [...args], { cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const tally = (...args: string[]) => run(process.execPath, [join(root, 'bin/tally.mjs'), ...args], { cwd: work });

function writePack(name: string, edit: (json: ReturnType<typeof aleppoJson>) => void): string {
  const json = aleppoJson();
  edit(json);
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

type ReportJson = { sourceIds: string[]; quote: { exact: string } };
const reportsOf = (json: ReturnType<typeof aleppoJson>, claim: number) => (json.claims[claim] as { reports: ReportJson[] }).reports;

const broken = writePack('aleppo-2016-09-23.json', (json) => {
  reportsOf(json, 0)[2]!.sourceIds = ['nobody'];
  reportsOf(json, 1)[0]!.quote.exact = 'words nobody wrote';
});
const misnamed = writePack('misnamed.json', () => {});

describe('tally check', () => {
  it('exits 0 on a good pack and says so', async () => {
    const result = await tally('check', seedFile);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('1 pack checked: 0 errors, 0 warnings.\n');
  });

  it('exits 1 and lists every problem of every file, with file, claim, report, path and fix', async () => {
    const result = await tally('check', broken, misnamed);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${broken}: error (claim "death-toll", report "hospital", at claims[0].reports[2].sourceIds[0]): the report names the source "nobody", which is not in "sources"`,
    );
    expect(result.stdout).toContain(`${broken}: error (claim "truce-talks", report "kerry", at claims[1].reports[0].quote): its quote does not occur in the article text: "words nobody wrote"`);
    expect(result.stdout).toContain(`${misnamed}: error (at article.id): the article's id is "aleppo-2016-09-23" but the file is named "misnamed.json"`);
    expect(result.stdout).toContain('  Fix: Copy the quote from the article text word for word');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('2 packs checked: 3 errors, 1 warning.');
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  it('--json gives the same problems for machines', async () => {
    const result = await tally('check', '--json', broken);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { errors: number; warnings: number; problems: { severity: string; claimId?: string; reportId?: string; path: string; message: string; fix: string }[] };
    expect(report.errors).toBe(2);
    expect(report.problems[0]).toMatchObject({
      severity: 'error',
      file: broken,
      claimId: 'death-toll',
      reportId: 'hospital',
      path: 'claims[0].reports[2].sourceIds[0]',
      message: 'the report names the source "nobody", which is not in "sources"',
    });
  });

  it('exits 2 when it cannot run: no file, an unreadable file, an unknown command', async () => {
    expect(await tally('check')).toMatchObject({ code: 2, stderr: expect.stringContaining('tally check: name at least one pack to check.') as string });
    expect(await tally('check', 'missing.json')).toMatchObject({
      code: 2,
      stderr: 'tally check: cannot read missing.json: check that the file exists and can be read.\n',
    });
    expect(await tally('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "frobnicate".') as string });
  });
});

describe('tally new', () => {
  it('starts a pack from a text file with the details given as flags; the pack passes the check', async () => {
    mkdirSync(join(work, 'new'), { recursive: true });
    writeFileSync(join(work, 'new/story.txt'), 'A flood in the valley\n\nThe river rose overnight, officials said.\n\nResidents said 40 homes were flooded.\n');
    const made = await tally('new', 'new/story.txt', '--id', 'valley-flood', '--outlet', 'The Valley News', '--published', '2026-11-20', '--url', 'https://example.org/flood', '--retrieved', '2026-11-26', '--language', 'en', '--out', 'new/valley-flood.json');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('"A flood in the valley", 2 paragraphs.');
    const pack = JSON.parse(readFileSync(join(work, 'new/valley-flood.json'), 'utf8')) as { article: Record<string, unknown> };
    expect(pack.article).toMatchObject({ id: 'valley-flood', title: 'A flood in the valley', outlet: { name: 'The Valley News' }, published: '2026-11-20' });
    expect(await tally('check', 'new/valley-flood.json')).toMatchObject({ code: 0, stdout: '1 pack checked: 0 errors, 0 warnings.\n' });
  });

  it('says which details are missing when nobody is there to ask', async () => {
    const result = await tally('new', 'new/story.txt', '--id', 'other-flood');
    expect(result).toMatchObject({ code: 2, stderr: 'tally new: give --outlet, --published, --url (or run it in a terminal to be asked).\n' });
  });
});

describe('the build', () => {
  it('refuses a broken pack among good ones, listing every problem of every pack without a stack trace', async () => {
    const site = join(work, 'site');
    mkdirSync(join(site, 'data/articles'), { recursive: true });
    cpSync(seedFile, join(site, 'data/articles/aleppo-2016-09-23.json'));
    const good = aleppoJson();
    good.article.id = 'aleppo-copy';
    writeFileSync(join(site, 'data/articles/aleppo-copy.json'), JSON.stringify(good));
    cpSync(broken, join(site, 'data/articles/broken-one.json'));
    writeFileSync(join(site, 'data/articles/not-json.json'), '{"version": 1,');

    const result = await run('npx', ['vite', 'build', '--logLevel', 'warn'], {
      env: { TALLY_PUBLIC_DIR: site, TALLY_OUT_DIR: join(work, 'out') },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The packs have errors; nothing was built.');
    for (const line of [
      `error (at article.id): the article's id is "aleppo-2016-09-23" but the file is named "broken-one.json"`,
      `error (claim "death-toll", report "hospital", at claims[0].reports[2].sourceIds[0]): the report names the source "nobody"`,
      `error (claim "truce-talks", report "kerry", at claims[1].reports[0].quote): its quote does not occur in the article text`,
    ]) {
      expect(result.stderr).toMatch(new RegExp(`broken-one\\.json: ${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    expect(result.stderr).toContain('not-json.json: error: the file is not valid JSON');
    expect(result.stderr).toContain('4 packs checked: 4 errors, 1 warning.');
    expect(result.stderr).not.toContain('aleppo-copy.json: error');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
