/**
 * Wraps a loader of markdown files so that its errors point at the line to
 * fix. Astro locates a schema error at line 0 of the file, and a frontmatter
 * that does not parse one line above the problem (it counts from the "---"):
 * a schema error gets the line of the first field it names (field-lines.ts),
 * and YAML that does not parse is said as for sources.yaml (yaml-errors.ts).
 * Both are loaded only for an error: a build that has none never loads the
 * yaml package they use (about 70 modules).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { reportFileProblem } from './content-problems';

/** How Astro passes the reading of markdown to every loader (the glob loader uses it), undeclared on LoaderContext. */
type EntryTypes = Map<string, { getEntryInfo: (params: { fileUrl: URL; contents: string }) => unknown }>;

/** An error with the location Astro prints, as Astro's own errors have. */
interface LocatedError {
  message: string;
  loc?: { file?: string; line?: number; column?: number } | undefined;
}

const isLocated = (error: unknown): error is LocatedError =>
  error instanceof Error && 'loc' in error && typeof error.loc === 'object';

/** The line of the first field `error` names in the frontmatter of the markdown file `filePath`, set as its location. */
export async function locateInFrontmatter(error: unknown, filePath: string): Promise<void> {
  if (!isLocated(error)) return;
  const { firstField, frontmatterOf, lineOfField } = await import('./field-lines');
  const field = firstField(error.message);
  const frontmatter = frontmatterOf(await readFile(filePath, 'utf8').catch(() => ''));
  if (!field || !frontmatter) return;
  const line = lineOfField(frontmatter.yaml, field);
  if (line !== undefined)
    error.loc = { ...error.loc, file: filePath, line: frontmatter.firstLine + line - 1, column: 1 };
}

/** `loader`, whose errors carry the line to fix. */
export function errorLines(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            if (props.filePath) await locateInFrontmatter(error, props.filePath);
            throw error;
          }
        },
        ...withYamlErrors(context),
      }),
  };
}

/** The context's reading of markdown, saying a frontmatter that does not parse as yaml-errors.ts does. */
function withYamlErrors(context: LoaderContext): { entryTypes?: EntryTypes } {
  const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  if (!entryTypes) return {};
  const root = fileURLToPath(context.config.root);
  return {
    entryTypes: new Map(
      [...entryTypes].map(([extension, type]) => [
        extension,
        {
          ...type,
          getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
            try {
              return await type.getEntryInfo(params);
            } catch (error) {
              const [{ frontmatterOf }, { yamlSyntaxError }] = await Promise.all([
                import('./field-lines'),
                import('./yaml-errors'),
              ]);
              const frontmatter = frontmatterOf(params.contents);
              const file = path.relative(root, fileURLToPath(params.fileUrl)).split(path.sep).join('/');
              const said = frontmatter && yamlSyntaxError(frontmatter.yaml, file, frontmatter.firstLine);
              if (!said) throw error;
              // Under astro dev the file's problem was recorded in Astro's words (show-problems-in-dev.ts): say it in these.
              if (context.watcher) reportFileProblem(file, fileURLToPath(params.fileUrl), params.contents, said);
              throw said;
            }
          },
        },
      ]),
    ),
  };
}
