// Tally's command line: `tally check FILE…` checks packs exactly as the build does; `tally new FILE.txt`
// starts a pack from a plain-text article. Exit codes: 0 clean (warnings allowed), 1 errors, 2 could not run.
import { access, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { checkPacks, formatProblems, hasErrors, type PackText } from '../../src/core/check-pack.ts';
import { newPack, splitArticleText, suggestId, type NewPackDetails } from '../../src/core/new-pack.ts';
import { SlugSchema } from '../../src/core/schema.ts';
import { nodeCheckOptions } from '../pack-files.ts';

export const EXIT = { clean: 0, errors: 1, couldNotRun: 2 } as const;

/** Where the command writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Asks a question and returns the answer; absent when nobody is there to answer (no terminal). */
  ask?: (question: string) => Promise<string>;
  /** Releases the terminal once the command is done. */
  close?: () => void;
  cwd: string;
}

const USAGE = `Usage:
  tally check FILE…            Check packs as the build does. --json for machine-readable output.
  tally new FILE.txt [options] Start a pack from a plain-text article: first line the title,
                               paragraphs separated by blank lines.
      --id ID                  the article's id, also its address and file name
      --outlet NAME            who published it, e.g. "RFE/RL"
      --published YYYY-MM-DD   when it was published
      --url ADDRESS            the original web address
      --retrieved YYYY-MM-DD   when the text was taken (default: today)
      --language TAG           e.g. "en"
      --out FILE               where to write (default: public/data/articles/ID.json)`;

function terminalIo(): Io {
  const io: Io = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  };
  if (process.stdin.isTTY) {
    // One reader of lines for every question, which keeps answers typed ahead until they are asked for.
    let rl: ReturnType<typeof createInterface> | undefined;
    let lines: AsyncIterator<string> | undefined;
    io.ask = async (question) => {
      rl ??= createInterface({ input: process.stdin, terminal: false });
      lines ??= rl[Symbol.asyncIterator]();
      process.stdout.write(question);
      const next = await lines.next();
      if (next.done) throw new Error('no answer: the input ended.');
      return next.value.trim();
    };
    io.close = () => rl?.close();
  }
  return io;
}

export async function main(args: readonly string[], io: Io = terminalIo()): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'check') return await check(rest, io);
    if (command === 'new') return await start(rest, io);
    if (command === '--help' || command === 'help') {
      io.out(USAGE);
      return EXIT.clean;
    }
    io.err(command === undefined ? USAGE : `Unknown command "${command}".\n${USAGE}`);
    return EXIT.couldNotRun;
  } catch (error) {
    // Bad arguments and unreadable files: said plainly, never as a stack trace.
    io.err(`tally ${command}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.couldNotRun;
  } finally {
    io.close?.();
  }
}

async function check(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error(`name at least one pack to check.\n${USAGE}`);
  const files: PackText[] = [];
  for (const file of positionals) {
    try {
      files.push({ file, text: await readFile(resolve(io.cwd, file), 'utf8') });
    } catch {
      throw new Error(`cannot read ${file}: check that the file exists and can be read.`);
    }
  }
  const { problems } = checkPacks(files, nodeCheckOptions);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (values.json) {
    io.out(JSON.stringify({ files: positionals, errors, warnings: problems.length - errors, problems }, null, 2));
  } else {
    io.out(formatProblems(problems, files.length));
  }
  return hasErrors(problems) ? EXIT.errors : EXIT.clean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function start(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      id: { type: 'string' },
      outlet: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      retrieved: { type: 'string' },
      language: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [textFile] = positionals;
  if (!textFile || positionals.length > 1) throw new Error(`name one plain-text file.\n${USAGE}`);
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, textFile), 'utf8');
  } catch {
    throw new Error(`cannot read ${textFile}: check that the file exists and can be read.`);
  }
  const { title, blocks } = splitArticleText(text);
  if (!title || blocks.length === 0) {
    throw new Error(`${textFile} needs a title on its first line and at least one paragraph after it.`);
  }

  // Each detail from its flag, or asked for when someone is at the terminal.
  const missing: string[] = [];
  const detail = async (name: keyof typeof values, question: string, valid: (answer: string) => boolean, fallback?: string) => {
    const given = values[name];
    if (given !== undefined) {
      if (!valid(given)) throw new Error(`--${name} "${given}" is not valid: ${question.toLowerCase()}`);
      return given;
    }
    if (io.ask) {
      for (;;) {
        const answer = (await io.ask(`${question}${fallback ? ` [${fallback}]` : ''}: `)) || fallback || '';
        if (valid(answer)) return answer;
        io.err(`"${answer}" is not valid.`);
      }
    }
    if (fallback !== undefined) return fallback;
    missing.push(`--${name}`);
    return '';
  };
  const outlet = await detail('outlet', 'Outlet (who published it)', (a) => a.trim() !== '');
  const published = await detail('published', 'Published on (YYYY-MM-DD)', (a) => DATE.test(a));
  const id = await detail('id', 'Id (lower-case words and hyphens)', (a) => v.is(SlugSchema, a), published ? suggestId(title, published) : undefined);
  const url = await detail('url', 'Original web address', (a) => /^https?:\/\/\S+$/.test(a));
  const retrieved = await detail('retrieved', 'Text retrieved on (YYYY-MM-DD)', (a) => DATE.test(a), new Date().toISOString().slice(0, 10));
  const language = await detail('language', 'Language (e.g. "en", blank if unknown)', (a) => a === '' || /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(a), '');
  if (missing.length > 0) throw new Error(`give ${missing.join(', ')} (or run it in a terminal to be asked).`);

  const details: NewPackDetails = { id, outlet, published, url, retrieved, ...(language && { language }) };
  const out = resolve(io.cwd, values.out ?? `public/data/articles/${id}.json`);
  if (await exists(out)) throw new Error(`${out} already exists: choose another --out or --id.`);
  if (!(await exists(dirname(out)))) throw new Error(`the folder ${dirname(out)} does not exist.`);
  await writeFile(out, `${JSON.stringify(newPack(text, details, nodeCheckOptions.sha256), null, 2)}\n`);
  io.out(`Wrote ${out}: "${title}", ${blocks.length} paragraphs.\nNext: add its sources and claims (docs/pack-format.md), then run: npx tally check ${values.out ?? `public/data/articles/${id}.json`}`);
  return EXIT.clean;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
