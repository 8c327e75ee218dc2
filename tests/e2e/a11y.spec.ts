// axe in light, dark and at 320 px on every page lives in quality.spec.ts; this file holds the
// keyboard paths a screen-reader or keyboard user takes through the story.
import { expect, test } from '@playwright/test';
import { glossary } from '../../src/data/glossary';

test('the skip link is the first thing a keyboard reaches, and it moves focus to the story', async ({
	page,
}) => {
	await page.goto('/results/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the story' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('a glossary term opens by keyboard, Escape closes it, and focus goes back to the term', async ({
	page,
}) => {
	await page.goto('/what-car-t-cells-are/');
	const term = page.getByRole('button', { name: 'CD19', exact: true }).first();
	await term.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText(glossary.cd19.definition)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByText(glossary.cd19.definition)).toBeHidden();
	await expect(term).toBeFocused();
});

test('a heading’s # and Copy link show when a keyboard reaches them', async ({ page }) => {
	await page.goto('/results/');
	const self = page.getByRole('link', { name: 'Link to this part: Relapses' });
	expect(await self.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
	await self.focus();
	expect(await self.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
	const copy = page.getByRole('button', { name: 'Copy link to: Relapses' });
	await copy.focus();
	expect(await copy.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
});
