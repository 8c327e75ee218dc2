import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const pages = ['/', '/no-such-page/'];

for (const scheme of ['light', 'dark'] as const) {
	for (const path of pages) {
		test(`axe finds no violation on ${path} (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}
}

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

test('a 320 px wide phone needs no sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
