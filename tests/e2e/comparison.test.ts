/**
 * The comparison on phones, in real Chromium: at 375 and 320 px every row
 * is a card with each value beside its column's label, nothing in it runs
 * off the screen, and it stays a table to assistive technology; on a wide
 * screen it is a table with its header row. Axe checks it with every
 * cell's evidence open, at both widths and in both themes, in the page gate
 * (pages.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteInChromium } from '../helpers/built-site-in-chromium';

const EXPLAINER = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk/';

const chromium = builtSiteInChromium();

/** The explainer at `width` px. */
const openExplainer = (width: number) => chromium.open(EXPLAINER, { width });

/** How the comparison is laid out: what overflows the screen, and where each value stands against its label. */
function layout(page: Page) {
  return page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('#companies')!;
    // Visually hidden headers clip what they hold: it is not on the screen, so it cannot overflow it.
    const clipped = (element: Element) => {
      for (let node: Element | null = element; node && node !== section; node = node.parentElement) {
        if (getComputedStyle(node).clipPath !== 'none') return true;
      }
      return false;
    };
    const overflowing = [...section.querySelectorAll('*')]
      .filter((element) => !clipped(element))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < -0.5 || box.right > innerWidth + 0.5);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('.company-table tbody tr')];
    const fields = rows.flatMap((row) =>
      [...row.querySelectorAll<HTMLElement>('th + td ~ td')].map((cell) => {
        const label = cell.querySelector(':scope > span')!.getBoundingClientRect();
        const value = cell.querySelector('details')!.getBoundingClientRect();
        return {
          label: cell.querySelector(':scope > span')!.textContent?.trim(),
          beside: label.width > 0 && label.right <= value.left && Math.abs(label.top - value.top) < 8,
        };
      }),
    );
    return {
      fits: section.scrollWidth <= section.clientWidth && overflowing.length === 0,
      overflowing,
      cards: rows.map((row) => getComputedStyle(row).display),
      fields,
      headerShown: document.querySelector('.company-table thead th:nth-child(3)')!.getBoundingClientRect().width > 1,
      sectionHeight: Math.round(section.getBoundingClientRect().height),
    };
  });
}

describe.each([375, 320])('at %i px', (width) => {
  test('each company is a card, every value beside its column’s label, nothing wider than the screen', async () => {
    const page = await openExplainer(width);
    const result = await layout(page);
    expect(result.overflowing).toEqual([]);
    expect(result.fits).toBe(true);
    expect(result.cards).toEqual(['block', 'block', 'block', 'block', 'block']);
    expect(result.headerShown).toBe(false);
    expect(result.fields).toHaveLength(35);
    expect(result.fields.filter((field) => !field.beside)).toEqual([]);
  });

  test('stays a table to assistive technology: a caption, header cells, and a row header and cells per company', async () => {
    const page = await openExplainer(width);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        nodeId: string;
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        childIds?: string[];
      }[];
    };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const table = nodes.find(
      (node) => node.role?.value === 'table' && node.name?.value.startsWith('The five companies'),
    );
    const roles: Record<string, number> = {};
    const count = (id: string) => {
      const node = byId.get(id);
      if (!node) return;
      if (!node.ignored && node.role) roles[node.role.value] = (roles[node.role.value] ?? 0) + 1;
      for (const child of node.childIds ?? []) count(child);
    };
    count(table!.nodeId);
    await cdp.detach();
    expect({
      rows: roles['row'],
      columnheaders: roles['columnheader'],
      rowheaders: roles['rowheader'],
      cells: roles['cell'],
    }).toEqual({
      rows: 6,
      columnheaders: 9,
      rowheaders: 5,
      cells: 40,
    });
  });

  test('with every cell’s evidence open, still nothing is wider than the screen', async () => {
    const page = await openExplainer(width);
    await page.locator('.company-table details').evaluateAll((all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    expect((await layout(page)).overflowing).toEqual([]);
  });
});

test('at 1280 px it is a table: the header row is shown and the per-cell labels are not', async () => {
  const page = await openExplainer(1280);
  const result = await layout(page);
  expect(result.cards).toEqual(['table-row', 'table-row', 'table-row', 'table-row', 'table-row']);
  expect(result.headerShown).toBe(true);
  expect(result.fields.every((field) => !field.beside)).toBe(true);
  expect(result.overflowing).toEqual([]);
});

test('a value’s evidence opens with the keyboard, without a script', async () => {
  const page = await chromium.open(EXPLAINER, { width: 375, javaScriptEnabled: false });
  const summary = page.locator('#company-google td').nth(1).locator('summary');
  // The evidence layer: everything in the disclosure after its summary.
  const evidence = page.locator('#company-google td').nth(1).locator('details > :not(summary)');
  expect(await evidence.first().isVisible()).toBe(false);
  await summary.focus();
  await page.keyboard.press('Enter');
  expect(await evidence.first().isVisible()).toBe(true);
  expect((await evidence.allInnerTexts()).join('\n')).toContain(
    'What exists: over $3 trillion, a market capitalisation.',
  );
});
