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
  /** The folder the file was checked in. */
  root: string;
  /** The file's path inside it. */
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

/** A folder of pages to check: every .html file in it, or only `pages` (paths inside it). */
export interface PagesToCheck {
  root: string;
  pages?: readonly string[];
}

/**
 * Nu checker errors (not warnings) in the pages of every folder given, found
 * by one run of the checker: starting Java costs more than checking a page.
 */
export async function validateHtml(...folders: PagesToCheck[]): Promise<HtmlError[]> {
  const files = (
    await Promise.all(
      folders.map(async ({ root, pages }) =>
        (pages ?? (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'))).map((file) =>
          path.join(root, file),
        ),
      ),
    )
  ).flat();
  const run = promisify(execFile);
  // A run takes about a second, too short for the JVM's optimizing compiler to pay for
  // itself: the first tier alone halves the CPU the run takes, and needs a deeper
  // stack for the checker's schema (the checker asks for at least 512k).
  const jvm = ['-XX:TieredStopAtLevel=1', '-Xss4m'];
  let report: string;
  try {
    const { stderr } = await run('java', [...jvm, '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
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
    .map((message) => {
      const absolute = new URL(message.url).pathname;
      const root = folders.find((folder) => !path.relative(folder.root, absolute).startsWith('..'))?.root ?? '';
      return { root, file: path.relative(root, absolute), line: message.lastLine, message: message.message };
    });
}
