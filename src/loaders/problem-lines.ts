/**
 * The line to fix, for the problems the model finds across files
 * (lib/explainer/build-article-pages.ts). Each names a markdown file and the
 * field at fault, `content/…/story.md: "keyClaims[0]" names …`; the model is
 * pure and reads no file, so the lines are found here, where the files are
 * read, and written after the file's name as a compiler would:
 * `content/…/story.md:14: "keyClaims[0]" names …`.
 */
import { frontmatterOf, lineOfField, type FieldPath } from './field-lines';

/** A field as a problem names it, `keyClaims[0]` or `figure.company`, as a path: ["keyClaims", 0]. */
export function parseFieldPath(field: string): FieldPath {
  return field
    .split(/\.|(?=\[)/)
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part))
    .filter((part) => part !== '');
}

/** A problem's file and field: at the start of one of its lines, after an optional "- ". */
const PROBLEM_AT = /^(- )?(\S+\.md): "([^"]+)"/gm;

/**
 * `problems` with the line of each named field after its file's name, where
 * `readFile` gives the file (a path relative to the project) and the field is
 * in its frontmatter; a problem whose file or field is not found is left as it is.
 */
export function withFieldLines(problems: string, readFile: (file: string) => string | undefined): string {
  return problems.replace(PROBLEM_AT, (whole, bullet: string | undefined, file: string, field: string) => {
    const frontmatter = frontmatterOf(readFile(file) ?? '');
    const line = frontmatter && lineOfField(frontmatter.yaml, parseFieldPath(field));
    if (!frontmatter || line === undefined) return whole;
    return `${bullet ?? ''}${file}:${frontmatter.firstLine + line - 1}: "${field}"`;
  });
}
