/**
 * Renders a seed article to HTML through unified: our own mdast (see
 * `seed-mdast.ts`), any remark plugins, remark-rehype, any rehype plugins and rehype-stringify,
 * which escapes every character that could be read as markup.
 */
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { ParsedSeed } from './seed';
import { seedToMdast } from './seed-mdast';

export interface RenderSeedOptions {
  /** remark plugins run on the article's mdast before it becomes hast. */
  remarkPlugins?: PluggableList;
  /** rehype plugins run on the article's hast before it is stringified. */
  rehypePlugins?: PluggableList;
}

/** The article's paragraphs as an HTML string of `<p>` elements. */
export async function renderSeedHtml(
  seed: Pick<ParsedSeed, 'paragraphs' | 'quotes'>,
  options: RenderSeedOptions = {},
): Promise<string> {
  const processor = unified()
    .use(options.remarkPlugins ?? [])
    .use(remarkRehype)
    .use(options.rehypePlugins ?? [])
    .use(rehypeStringify);
  const hast = await processor.run(seedToMdast(seed));
  return processor.stringify(hast);
}
