/**
 * Where each collection lives, relative to the project root: the loaders
 * read from these places, and every message to an editor names them. A
 * story is a folder of content/stories/: its sidecar, its timeline and its
 * claims; companies, people and sources are shared by every story.
 */
import type { CollectionKey } from 'astro:content';

/** The folder of all stories; each story is a folder in it, named after the story. */
export const STORIES = 'content/stories/';

/** Where each collection lives, as messages name it ("<story>" stands for any story's folder). */
export const collectionLocations = {
  seeds: 'seeds/',
  stories: `${STORIES}<story>/story.md`,
  companies: 'content/companies/',
  people: 'content/people/',
  timeline: `${STORIES}<story>/timeline/`,
  claims: `${STORIES}<story>/claims/`,
  sources: 'content/sources.yaml',
} as const satisfies Record<CollectionKey, string>;

/** The markdown collections the glob loader reads: a folder, a pattern under it, and each file's id. */
export interface MarkdownFiles {
  /** The folder, relative to the project. */
  base: string;
  pattern: string;
  /** The id of the file at `path` (relative to `base`); by default the path without `.md` (src/loaders/unique-ids.ts). */
  id?: (path: string) => string;
}

/** The file name of `path` without its folders and its `.md`. */
const fileName = (path: string) => (path.split('/').pop() ?? path).replace(/\.md$/, '');
/** The story folder of `path` relative to STORIES. */
const storyOfPath = (path: string) => path.split('/')[0] ?? path;

export const markdownFiles = {
  /** id: the story's folder name. */
  stories: { base: STORIES, pattern: '*/story.md', id: storyOfPath },
  companies: { base: 'content/companies/', pattern: '*.md' },
  people: { base: 'content/people/', pattern: '*.md' },
  /** id: the file name, unique across all stories, so `inReplyTo` stays short. */
  timeline: { base: STORIES, pattern: '*/timeline/*.md', id: fileName },
  /** id: "<story>/<file name>". */
  claims: { base: STORIES, pattern: '*/claims/*.md', id: (path) => `${storyOfPath(path)}/${fileName(path)}` },
} as const satisfies Record<string, MarkdownFiles>;

/** The folder of one story, e.g. "content/stories/<story>/". */
export const storyFolder = (story: string): string => `${STORIES}${story}/`;

/** The sidecar of one story. */
export const storyFile = (story: string): string => `${storyFolder(story)}story.md`;

/** The folder of one story's claims, e.g. "content/stories/<story>/claims/". */
export const claimsFolder = (story: string): string => `${storyFolder(story)}claims/`;

/**
 * The story a file of content/stories/ belongs to, from its path relative
 * to the project (as the glob loader records it); undefined for any other file.
 */
export function storyOfFile(filePath: string | undefined): string | undefined {
  if (!filePath?.startsWith(STORIES)) return undefined;
  return filePath.slice(STORIES.length).split('/')[0];
}
