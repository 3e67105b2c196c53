/**
 * `npm run new -- seeds/<file>.txt`: scaffolds the story of a seed, its
 * sidecar and one unchecked claim for each quotation and money amount of the
 * article (see scaffold-story.ts), prints what it wrote and what to do next.
 * It never overwrites: a story that exists already is left as it is.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { registerHooks } from 'node:module';
import path from 'node:path';

// The site's modules import each other without an extension, as Vite
// resolves them; Node, running this file directly, needs the ".ts".
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\//.test(specifier) && !path.extname(specifier)) {
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // Not a .ts file: let Node say why the import fails.
      }
    }
    return nextResolve(specifier, context);
  },
});

const { decodeSeed, SeedError } = await import('../src/lib/seed/seed.ts');
const { scaffoldStory } = await import('./scaffold-story.ts');

/** Why the story was not written, for the person who ran the command. */
class UsageError extends Error {}

/** The story.md, under another address, whose `seed` is `seedId`, if any (its title may have changed since). */
async function storyOfSeed(root: string, seedId: string): Promise<string | undefined> {
  const stories = path.join(root, 'content', 'stories');
  if (!existsSync(stories)) return undefined;
  const seedLine = new RegExp(`^seed:\\s*["']?${seedId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(#.*)?$`, 'm');
  for (const entry of await readdir(stories, { withFileTypes: true })) {
    const file = path.join(stories, entry.name, 'story.md');
    if (entry.isDirectory() && existsSync(file) && seedLine.test(await readFile(file, 'utf8'))) {
      return `content/stories/${entry.name}/story.md`;
    }
  }
  return undefined;
}

async function main(argument: string | undefined): Promise<string> {
  if (!argument) throw new UsageError('Say which seed: npm run new -- seeds/<file>.txt');
  const root = process.cwd();
  const seedFile = path.relative(root, path.resolve(root, argument)).split(path.sep).join('/');
  if (!/^seeds\/[^/]+\.txt$/.test(seedFile)) {
    throw new UsageError(
      `${seedFile} is not a seed: copy the article into seeds/ as a .txt file first, then run npm run new -- seeds/<file>.txt`,
    );
  }
  if (!existsSync(path.join(root, seedFile))) throw new UsageError(`${seedFile} does not exist.`);
  const text = decodeSeed(await readFile(path.join(root, seedFile)), seedFile);
  const scaffold = scaffoldStory(seedFile, text);
  const folder = `content/stories/${scaffold.slug}`;
  if (existsSync(path.join(root, folder))) {
    throw new UsageError(`${folder}/ exists already: nothing was written. Edit the story there, or delete it first.`);
  }
  const told = await storyOfSeed(root, scaffold.seedId);
  if (told) {
    throw new UsageError(
      `${told} tells ${seedFile} already: nothing was written. A seed has one story; edit that one.`,
    );
  }
  for (const file of scaffold.files) {
    await mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
    // "wx": never overwrite, even a file that appeared since the check above.
    await writeFile(path.join(root, file.path), file.text, { flag: 'wx' });
  }
  const quotations = scaffold.claims.filter((claim) => claim.quotation !== undefined).length;
  const amounts = scaffold.claims.reduce((count, claim) => count + claim.amounts.length, 0);
  return [
    `Wrote the story of “${scaffold.title}” (/${scaffold.slug}/):`,
    ...scaffold.files.map((file) => `  ${file.path}`),
    `${scaffold.claims.length} claims, all "unchecked", for ${quotations} quotations and ${amounts} money amounts.`,
    '',
    'Next:',
    `  1. Fill in ${folder}/story.md:`,
    '     publisher, url, published, summary, companies and asOf (README, "Editing content").',
    '  2. Check each claim: set its verdict, conclusion and sources, and explain it in the body.',
    '     The page shows an unchecked claim as "Not yet checked" and never counts it as checked.',
    '  3. npm run dev to see the page as you edit, npm run build to check everything.',
  ].join('\n');
}

try {
  console.log(await main(process.argv[2]));
} catch (error) {
  if (!(error instanceof UsageError || error instanceof SeedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
