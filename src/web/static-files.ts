import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Context } from 'hono';
import { projectRoot } from '../lexicons.js';
import { notFound } from '../api/http-errors.js';

const require = createRequire(import.meta.url);

/** The files pages load, read once: ours from src/web/static, the graph library from its npm package. */
const FILES: Record<string, { file: () => string; type: string }> = {
  'app.js': { file: () => path.join(projectRoot(), 'src', 'web', 'static', 'app.js'), type: 'text/javascript; charset=utf-8' },
  'style.css': { file: () => path.join(projectRoot(), 'src', 'web', 'static', 'style.css'), type: 'text/css; charset=utf-8' },
  'cytoscape.min.js': { file: () => require.resolve('cytoscape/dist/cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
};
const cache = new Map<string, Buffer>();

export function serveStatic(c: Context): Response {
  const name = c.req.param('file') ?? '';
  const entry = Object.hasOwn(FILES, name) ? FILES[name]! : undefined;
  if (!entry) throw notFound(`no static file ${JSON.stringify(name)}`);
  let body = cache.get(name);
  if (!body) cache.set(name, (body = fs.readFileSync(entry.file())));
  return c.body(new Uint8Array(body), 200, { 'Content-Type': entry.type, 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' });
}
