/**
 * The deployment recipes: the GitHub Pages workflow, netlify.toml, vercel.json
 * and the nginx snippets of the README. Reads the files only; builds nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../helpers/project';
import { readHeadersFile } from '../helpers/serve';

type Env = Record<string, string>;

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  with?: Record<string, string | number>;
  env?: Env;
}

interface Job {
  needs?: string | string[];
  env?: Env;
  environment?: { name: string; url?: string };
  steps: Step[];
}

interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: null };
  permissions: Record<string, string>;
  concurrency?: { group: string };
  env?: Env;
  jobs: Record<string, Job>;
}

interface VercelConfig {
  outputDirectory?: string;
  headers?: { source: string; headers: { key: string; value: string }[] }[];
}

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

const workflow = parseYaml(read('.github/workflows/deploy.yml')) as Workflow;
const jobs = Object.entries(workflow.jobs);

/** The job and step that use `action` (e.g. "withastro/action"), whatever its version. */
function findStep(action: string): { jobName: string; job: Job; step: Step } {
  for (const [jobName, job] of jobs) {
    const step = job.steps.find((candidate) => candidate.uses?.split('@')[0] === action);
    if (step) return { jobName, job, step };
  }
  throw new Error(`no step uses ${action}`);
}

/** The environment a step runs with: workflow, then job, then step variables. */
const envOf = (job: Job, step: Step): Env => ({ ...workflow.env, ...job.env, ...step.env });

/** The headers of public/_headers for every path: the policy the other hosts must repeat. */
const headersFile = readHeadersFile(path.join(repoRoot, 'public'));
const csp = headersFile['Content-Security-Policy'];

const readme = read('README.md');
const deploySection = readme.slice(readme.indexOf('\n## Deploy\n'), readme.indexOf('\n## Add a story\n'));
const nginxBlocks = [...deploySection.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** The values of `add_header <name> "<value>"` in an nginx block. */
function nginxHeader(block: string, name: string): string[] {
  return [...block.matchAll(new RegExp(`add_header ${name} "([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

describe('GitHub Pages workflow', () => {
  test('it runs on a push to main and by hand', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  test('it builds with withastro/action at a major version', () => {
    expect(findStep('withastro/action').step.uses).toMatch(/^withastro\/action@v\d+$/);
  });

  test('it builds on Node 22 with npm run build', () => {
    const { step } = findStep('withastro/action');
    expect(String(step.with?.['node-version'])).toBe('22');
    expect(step.with?.['build-cmd']).toBe('npm run build');
  });

  test('the build gets SITE from the owner and BASE from the repository name', () => {
    const { job, step } = findStep('withastro/action');
    const env = envOf(job, step);
    expect(env['SITE']).toBe('https://${{ github.repository_owner }}.github.io');
    expect(env['BASE']).toBe('/${{ github.event.repository.name }}/');
  });

  test('permissions allow reading the code, writing Pages and an id token, nothing more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  test('deployments run one at a time in the "pages" group', () => {
    expect(workflow.concurrency?.group).toBe('pages');
  });

  test('a job after the build deploys with actions/deploy-pages to the github-pages environment', () => {
    const build = findStep('withastro/action');
    const deploy = findStep('actions/deploy-pages');
    expect(deploy.step.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
    expect([deploy.job.needs].flat()).toContain(build.jobName);
    expect(deploy.job.environment?.name).toBe('github-pages');
  });
});

describe('netlify.toml', () => {
  const netlify = parseToml(read('netlify.toml')) as {
    build?: { command?: string; publish?: string; environment?: Env };
    redirects?: unknown[];
  };

  test('it builds with npm run build and publishes dist', () => {
    expect(netlify.build?.command).toBe('npm run build');
    expect(netlify.build?.publish).toBe('dist');
  });

  test('it builds on Node 22', () => {
    expect(netlify.build?.environment?.['NODE_VERSION']).toBe('22');
  });

  test('it has no redirect rule, so unknown paths get 404.html', () => {
    expect(netlify.redirects).toBeUndefined();
  });
});

describe('headers on hosts that do not read _headers', () => {
  test('public/_headers has the policy the others must repeat', () => {
    expect(csp).toMatch(/^default-src 'self';.*frame-ancestors 'none'$/);
  });

  test('vercel.json publishes dist and sends the CSP of public/_headers, character for character', () => {
    const vercel = JSON.parse(read('vercel.json')) as VercelConfig;
    expect(vercel.outputDirectory).toBe('dist');
    const forAllPaths = vercel.headers?.find((rule) => rule.source === '/(.*)');
    const sent = Object.fromEntries((forAllPaths?.headers ?? []).map(({ key, value }) => [key, value]));
    expect(sent).toEqual(headersFile);
  });

  test('the README has two nginx snippets: one at the root, one under /explainer/', () => {
    expect(nginxBlocks).toHaveLength(2);
    expect(nginxBlocks[0]).toMatch(/root \/srv\/explainer\/dist;/);
    expect(nginxBlocks[1]).toMatch(/location \/explainer\/ \{\s*alias \/srv\/explainer\/dist\/;/);
    expect(deploySection).toContain('SITE=https://example.org BASE=/explainer/ npm run build');
  });

  test.each([0, 1])('nginx snippet %i serves directories, 404.html and the headers of public/_headers', (index) => {
    const block = nginxBlocks[index] ?? '';
    expect(block).toContain('try_files $uri $uri/ =404;');
    expect(block).toMatch(/error_page 404 \/(explainer\/)?404\.html;/);
    for (const [name, value] of Object.entries(headersFile)) {
      expect(nginxHeader(block, name), name).toEqual([value]);
    }
  });
});
