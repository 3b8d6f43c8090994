// Development only: the Studio's "Save to project" writes a pack into public/data/articles/ through the
// dev server (`npm run studio`), so the site shows it at once. Never part of a build. It answers only
// requests from this machine, checks the pack exactly as the build does, writes atomically and keeps the
// previous version of the file in .studio-history/.
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { checkPack, exportErrors, packFromJson, packJson } from '../src/core/pack-draft.ts';
import { nodeCheckOptions } from './pack-files.ts';
import { describeProblem } from '../src/core/parse-article-file.ts';
import { SlugSchema } from '../src/core/schema.ts';
import * as v from 'valibot';

export const SAVE_PACK_PATH = '/__tally/save-pack';

export type SaveResult = { ok: true; file: string; previous: string | undefined } | { ok: false; status: number; problems: string[] };

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  );
}

/** Writes `text` to `path` so that a reader of the file sees the old or the new version, never half of one. */
async function writeAtomically(path: string, text: string) {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Checks `json` as a pack and saves it as `{publicDir}/data/articles/{id}.json`. */
export async function savePackToProject(root: string, publicDir: string, json: unknown, now = new Date()): Promise<SaveResult> {
  const opened = packFromJson(json, 'pack');
  if (!opened.ok) return { ok: false, status: 422, problems: opened.problems.map(describeProblem) };
  const problems = exportErrors(checkPack(opened.pack, nodeCheckOptions.sha256));
  if (problems.length > 0) return { ok: false, status: 422, problems: problems.map(describeProblem) };
  const { id } = opened.pack.article;
  // The schema has checked it already; checked again here because it becomes a file name.
  if (!v.is(SlugSchema, id)) return { ok: false, status: 422, problems: ['the article id is not a valid slug'] };

  const articles = join(publicDir, 'data', 'articles');
  const file = join(articles, `${id}.json`);
  let previous: string | undefined;
  if (await exists(file)) {
    const history = join(root, '.studio-history', id);
    await mkdir(history, { recursive: true });
    previous = join(history, `${now.toISOString().replace(/[:.]/g, '-')}.json`);
    await copyFile(file, previous);
  }
  await mkdir(articles, { recursive: true });
  await writeAtomically(file, packJson(opened.pack));

  // The article index is generated from the packs at build time, so there is nothing else to list.
  return { ok: true, file: relative(root, file), previous: previous && relative(root, previous) };
}

const LOCAL_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A request from this machine, to this machine by name (a page elsewhere cannot reach it through DNS tricks). */
export function isLocalRequest(req: Pick<IncomingMessage, 'socket' | 'headers'>): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const origin = req.headers.origin;
  const localName = (name: string) => name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
  const originHost = (() => {
    try {
      return origin === undefined ? 'localhost' : new URL(origin).hostname;
    } catch {
      return '';
    }
  })();
  return LOCAL_ADDRESSES.has(req.socket.remoteAddress ?? '') && localName(host) && localName(originHost);
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function reply(res: ServerResponse, status: number, payload: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}

export function studioSave(): Plugin {
  let root = '';
  let publicDir = '';
  return {
    name: 'tally-studio-save',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    configureServer(server) {
      server.middlewares.use(SAVE_PACK_PATH, (req, res) => {
        void (async () => {
          if (req.method !== 'POST') return reply(res, 405, { problems: ['POST a pack'] });
          if (!isLocalRequest(req)) return reply(res, 403, { problems: ['Saving to the project works only from this machine'] });
          let json: unknown;
          try {
            json = JSON.parse(await body(req));
          } catch {
            return reply(res, 400, { problems: ['The request is not JSON'] });
          }
          const result = await savePackToProject(root, publicDir, json);
          if (result.ok) reply(res, 200, result);
          else reply(res, result.status, { problems: result.problems });
        })().catch((error: unknown) => reply(res, 500, { problems: [String(error)] }));
      });
    },
  };
}
