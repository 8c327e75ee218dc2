import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the page as it is now (WCAG 2.x A and AA, plus best practice) and expects no violation; `include` limits it to a CSS selector. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
	const builder = new AxeBuilder({ page });
	if (include) builder.include(include);
	const { violations } = await builder
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
	);
	expect(summary).toEqual([]);
}
