// axe in light, dark and at 320 px on every page lives in quality.spec.ts; this file holds the
// keyboard paths a screen-reader or keyboard user takes through the story.
import { expect, test } from '@playwright/test';

test('the skip link is the first thing a keyboard reaches, and it moves focus to the story', async ({
	page,
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the story' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('a glossary term reached by keyboard takes the reader to its definition', async ({ page }) => {
	await page.goto('/');
	const term = page.locator('a.term[href="#term-cd19"]').first();
	await term.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#term-cd19$/);
	await expect(page.locator('#term-cd19')).toBeInViewport();
});
