import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { createApp, DEFAULT_MAX_BODY } from '../../api/create-app.js';
import { createAnalyzePool, defaultWorkerCount, type AnalyzePool } from '../../store/ingest/analyze-pool.js';
import { openStore, resolveDbUrl } from '../../store/open-store.js';
import { DB_OPTION, reportFailure } from './store-job.js';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  token?: string;
  private?: boolean;
  maxBody: string;
}

/** Addresses only this machine can reach. */
export const isLoopback = (host: string) => /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i.test(host);

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (/api/...) and the web UI over HTTP')
    .option(...DB_OPTION)
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on; beyond loopback needs --token', '127.0.0.1')
    .option('--token <token>', 'bearer token required for POST (and every route with --private); default $ATTEST_TOKEN')
    .option('--private', 'require the token on every route, pages too')
    .option('--max-body <bytes>', 'largest POST body', String(DEFAULT_MAX_BODY))
    .action(async (opts: ServeOptions) => {
      const token = opts.token ?? process.env['ATTEST_TOKEN'] ?? undefined;
      const usage = (msg: string) => {
        process.stderr.write(`attest serve: ${msg}\n`);
        process.exitCode = 2;
      };
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) return usage(`--port expects 0 to 65535, got ${JSON.stringify(opts.port)}`);
      if (!/^\d{1,10}$/.test(opts.maxBody) || Number(opts.maxBody) < 1) return usage(`--max-body expects a number of bytes, got ${JSON.stringify(opts.maxBody)}`);
      if (!isLoopback(opts.host) && !token) return usage(`listening on ${opts.host} opens POST /api/articles to the network: give --token or ATTEST_TOKEN`);
      if (opts.private && !token) return usage('--private needs --token or ATTEST_TOKEN');
      if (token != null && token.length < 16) return usage('the token must be at least 16 characters');

      const store = await openStore(resolveDbUrl(opts.db), { mode: 'create' }).catch(reportFailure);
      if (!store) return;
      let pool: Promise<AnalyzePool> | null = null;
      const getPool = () => (pool ??= createAnalyzePool(Math.min(2, defaultWorkerCount())));
      const app = createApp({ store, pool: getPool, token, private: opts.private ?? false, maxBodyBytes: Number(opts.maxBody) });
      const server = serve({ fetch: app.fetch, port: Number(opts.port), hostname: opts.host }, (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        process.stderr.write(`attest: serving ${store.where} at http://${host}:${info.port}/ (Ctrl-C to stop)\n`);
      });
      server.on('error', async (err: NodeJS.ErrnoException) => {
        reportFailure(new Error(`cannot listen on ${opts.host}:${opts.port}: ${err.code === 'EADDRINUSE' ? 'the port is in use' : err.message}`));
        await store.close().catch(() => undefined);
      });
      const stop = () => {
        server.close();
        void (async () => {
          if (pool) await (await pool).close().catch(() => undefined);
          await store.close().catch(() => undefined);
          process.exit(process.exitCode ?? 0);
        })();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
