// The local playground's routes: the chat page, its script and style, and the Adaptive Cards
// renderer's browser bundle straight from node_modules. Served only when no app id is configured.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Server } from 'restify';

/** bot/playground/static beside this file (sources, or dist/ after the build copies it); else the sources. */
function playgroundDir(): string {
  const candidates = [join(__dirname, 'playground', 'static'), resolve(__dirname, '..', '..', 'bot', 'playground', 'static')];
  const found = candidates.find((d) => existsSync(join(d, 'index.html')));
  if (!found) throw new Error(`playground files not found (looked in ${candidates.join(', ')})`);
  return found;
}

const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'playground.js': 'text/javascript; charset=utf-8',
  'playground.css': 'text/css; charset=utf-8',
};

export function mountPlayground(server: Server): void {
  const dir = playgroundDir();
  const cache = new Map<string, Buffer>();
  for (const name of Object.keys(FILES)) cache.set(name, readFileSync(join(dir, name)));
  const bundle = readFileSync(join(dirname(require.resolve('adaptivecards/package.json')), 'dist', 'adaptivecards.min.js'));

  const send = (res: import('restify').Response, type: string, body: Buffer) => {
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.end(body);
  };
  server.get('/', (_req, res, next) => {
    send(res, FILES['index.html'], cache.get('index.html')!);
    next();
  });
  server.get('/playground/:file', (req, res, next) => {
    const name = String(req.params.file);
    const body = cache.get(name);
    if (!body) res.send(404);
    else send(res, FILES[name], body);
    next();
  });
  server.get('/vendor/adaptivecards.min.js', (_req, res, next) => {
    send(res, 'text/javascript; charset=utf-8', bundle);
    next();
  });
}
