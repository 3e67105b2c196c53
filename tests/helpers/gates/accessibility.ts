/** The axe-core gate: WCAG 2.2 A and AA rules run in the real page. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** The axe violations of the loaded page, or of the part `include` selects; an empty list is a pass. */
export async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  // evaluate() runs through the DevTools protocol, so the page's CSP does not
  // block axe the way it would block an injected <script>. Once per document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ([tags, selector]) => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(
        selector ? { include: [selector] } : document,
        {
          runOnly: { type: 'tag', values: tags },
          // Only violations are read: axe still lists every failing node, and keeps
          // one node of each passing or incomplete rule instead of all of them.
          resultTypes: ['violations'],
        },
      );
      return result.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    [WCAG_TAGS, include] as const,
  );
}
