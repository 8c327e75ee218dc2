import { expect, test } from '@playwright/test';
import { trial } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { lastReviewed } from '../../src/data/review';
import { date, months, of, rangeWhole } from '../../src/lib/format';

test('a reader finds neurotoxicity, with its count, on the side-effects page', async ({ page }) => {
	await page.goto('/side-effects/');
	await expect(
		page.getByRole('heading', { name: 'Effects on the brain and nerves' }),
	).toBeVisible();
	await expect(page.locator('#fig-neurotoxicity')).toHaveText(of(derived.neurotoxicitySevere));
});

test('a reader finds the 2019 figures with their denominator', async ({ page }) => {
	await page.goto('/how-long-it-lasted/');
	await expect(
		page.getByText(of(derived.followUpRemission), { exact: true }).first(),
	).toBeVisible();
	await expect(page.getByText(months(trial.followUp.efsInRemission.months)).first()).toBeVisible();
});

test('the uncertainty range sits next to "27 of 29"', async ({ page }) => {
	await page.goto('/main-result/');
	const lede = page.locator('p', { hasText: rangeWhole(derived.remissionInterval) }).first();
	await expect(lede).toContainText('uncertainty range');
	await expect(page.locator('#fig-remission')).toHaveText(of(derived.remission));
});

test('a reader finds the date the site was last reviewed', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.getByText(date(lastReviewed)).first()).toBeVisible();
});
