/** axe-core run in a page: each rule broken, with its first elements and why. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => {
      const nodes = violation.nodes.slice(0, 3) as {
        target: unknown;
        any: { message: string }[];
      }[];
      return `${violation.id}: ${nodes.map((node) => `${node.target} ${node.any[0]?.message}`).join('; ')}`;
    });
  });
}
