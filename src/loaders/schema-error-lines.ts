/**
 * Wraps a loader of markdown files so that a schema error points at the
 * line of the field it names, not at line 0 of the file (field-lines.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { firstField, frontmatterOf, lineOfField } from './field-lines';

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
  const field = firstField(error.message);
  const frontmatter = frontmatterOf(await readFile(filePath, 'utf8').catch(() => ''));
  if (!field || !frontmatter) return;
  const line = lineOfField(frontmatter.yaml, field);
  if (line !== undefined)
    error.loc = { ...error.loc, file: filePath, line: frontmatter.firstLine + line - 1, column: 1 };
}

/** `loader`, whose schema errors carry the line of the field they name. */
export function schemaErrorLines(loader: Loader): Loader {
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
      }),
  };
}
