/**
 * The built site as the engine passes see it: the address it is served at, and its pages, found
 * in dist/ when the suite runs (never a hand-kept list: chapters are added and split into pages,
 * and each new page is checked without touching this suite).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { pages } from '../../tools/lib/dist.ts';

export const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** The port the suite serves dist/ on (PORT, as for the other browser tools); WebKit's driver takes the next one. */
export const port = Number(process.env.PORT ?? 4341);
export const origin = `http://localhost:${port}`;

/** A page a reader can land on: its route, how many charts it has, and how many of them have a caption. */
export interface SitePage {
	route: string;
	charts: number;
	/** Charts with a caption, which print must keep on the chart's page. */
	captioned: number;
}

/**
 * Every built page except the share pages, which carry only a meta refresh on to the story (a
 * reader never stays on them, and the Chromium quality gate checks them on their own).
 */
export function readerPages(): SitePage[] {
	return pages(dist)
		.map(({ file, route }) => ({ route, html: readFileSync(file, 'utf8') }))
		.filter(({ html }) => !/<meta[^>]+http-equiv=["']?refresh/i.test(html))
		.map(({ route, html }) => {
			const figures = parse(html).querySelectorAll('figure.chart');
			return {
				route,
				charts: figures.length,
				captioned: figures.filter((f) => f.querySelector('figcaption')).length,
			};
		});
}

/** The one-page summary in each language; each must print on one sheet of A4 and of US Letter. */
export const summaryRoutes = ['/summary/', '/es/summary/'] as const;
