#!/usr/bin/env node
// A plain static file server, as a CDN or GitHub Pages would be: no rewrites and no SPA fallback.
// A folder answers with its index.html (a path without its slash is redirected), a missing file
// answers 404 with the site's 404.html. Used by the end-to-end tests and the benchmark.
//   node scripts/serve-static.mjs [dir=dist] [--port 4173] [--precompressed]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--port')) ?? 'dist');
const port = Number(option('--port', process.env.PORT ?? 4173));
const precompressed = flag('--precompressed');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info;
  } catch {
    return null;
  }
}

async function send(req, res, path, status) {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
  let file = path;
  if (precompressed) {
    const accepts = String(req.headers['accept-encoding'] ?? '');
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accepts.includes(encoding) && (await fileAt(path + suffix))?.isFile()) {
        file = path + suffix;
        headers['Content-Encoding'] = encoding;
        headers.Vary = 'Accept-Encoding';
        break;
      }
    }
  }
  headers['Content-Length'] = (await stat(file)).size;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/\0';
    }
    const path = normalize(join(root, pathname));
    if ((path !== root && !path.startsWith(root + sep)) || pathname.includes('\0')) {
      res.writeHead(400).end('Bad request');
      return;
    }
    const info = await fileAt(path);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if ((await fileAt(join(path, 'index.html')))?.isFile()) return send(req, res, join(path, 'index.html'), 200);
    } else if (info?.isFile()) {
      return send(req, res, path, 200);
    }
    const notFound = join(root, '404.html');
    if ((await fileAt(notFound))?.isFile()) return send(req, res, notFound, 404);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ (static, no rewrites)`);
});
