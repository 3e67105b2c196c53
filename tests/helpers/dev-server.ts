/**
 * `astro dev` in a copy of the project, as an editor runs it: the tests
 * change files in the copy and read what the server shows.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './project';

export interface DevServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => void;
}

/** Starts `astro dev` in `root` on a random port and waits until it listens. */
export async function startDevServer(root: string): Promise<DevServer> {
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const port = String(40000 + Math.floor(Math.random() * 20000));
  const server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', port], {
    cwd: root,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited (${code}) before it listened:\n${output}`));
    });
  });
  return { origin, output: () => output, stop: () => server.kill() };
}

/** Calls `attempt` until it returns a value other than undefined, for up to 30 seconds; `what` says what was awaited. */
export async function eventually<T>(what: string | (() => string), attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out: ${typeof what === 'string' ? what : what()}`);
}
