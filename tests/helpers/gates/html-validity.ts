/**
 * The HTML validity gate: the W3C Nu HTML Checker (npm package vnu-jar),
 * run with Java over every page of a build.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface HtmlError {
  file: string;
  line: number | undefined;
  message: string;
}

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * Nu checker errors (not warnings) in every .html file under `dist`, or only
 * in `pages` (paths inside `dist`) when given.
 */
export async function validateHtml(dist: string, pages?: readonly string[]): Promise<HtmlError[]> {
  const files = (pages ?? (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'))).map(
    (file) => path.join(dist, file),
  );
  const run = promisify(execFile);
  let report: string;
  try {
    const { stderr } = await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    report = stderr;
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: number | string };
    if (code === 'ENOENT') {
      throw new Error('java was not found: install a headless JRE, e.g. "apt-get install -y default-jre-headless".', {
        cause: error,
      });
    }
    report = stderr ?? '';
  }
  const { messages } = JSON.parse(report || '{"messages":[]}') as { messages: VnuMessage[] };
  return messages
    .filter((message) => message.type === 'error')
    .map((message) => ({
      file: path.relative(dist, new URL(message.url).pathname),
      line: message.lastLine,
      message: message.message,
    }));
}
