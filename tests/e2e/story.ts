/** What the e2e tests need to know about the story, read from the built site, never hand-kept. */
import type { Page } from '@playwright/test';

export interface ChapterLink {
	/** The chapter's section id, e.g. "results". */
	section: string;
	/** Its address, e.g. "/results/". */
	path: string;
	title: string;
}

/** The chapters in order, as the front page's contents list them. */
export async function chapterList(page: Page): Promise<ChapterLink[]> {
	await page.goto('/');
	return page.locator('nav.toc li > a').evaluateAll((as) =>
		as.map((a) => {
			const path = a.getAttribute('href')!;
			return { path, section: path.replaceAll('/', ''), title: a.textContent!.trim() };
		}),
	);
}
