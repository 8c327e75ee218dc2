/**
 * The checks each engine runs, written once. An engine supplies a Tab (how it opens a page, runs a
 * script, clicks and reads the clipboard) and a print function; these define its tests with
 * Vitest. One smoke pass per page per engine: the whole e2e suite stays Chromium's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marksOf, markScript } from './marks.ts';
import { lowestText, MM, PAPER, readPdf, textInBottom, type Paper } from './pdf.ts';
import { origin, readerPages, summaryRoutes } from './site.ts';
import { dictionary, splitLocalePath } from '../../../src/i18n/index.ts';

/** A page open in some engine. */
export interface Tab {
	/** Opens a URL and waits until it has loaded. */
	goto(url: string): Promise<void>;
	/** Evaluates a JavaScript expression in the page; returns its value (through JSON). */
	run<T>(expression: string): Promise<T>;
	/** Clicks, as a reader does (a trusted event), the first element that matches a CSS selector. */
	click(selector: string): Promise<void>;
	/** The text on the system clipboard. */
	clipboard(): Promise<string>;
	/** Console errors and uncaught exceptions since the last call. */
	problems(): Promise<string[]>;
	/** A PNG of the viewport. */
	screenshot(): Promise<Uint8Array>;
}

/** Prints a route to PDF on a paper with 10 mm margins, optionally with figure markers (marks.ts). */
export type Print = (route: string, paper: Paper, mark: boolean) => Promise<Uint8Array>;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What a page's charts say about themselves: per chart figure, the names of its images (a chart
 * may carry a phone and a desktop layout, one hidden) and the area of the one drawn.
 */
const chartsScript = `[...document.querySelectorAll('figure.chart')].map((f) => {
	const svgs = [...f.querySelectorAll('svg[role=img]')];
	return {
		id: f.id,
		names: svgs.map((s) => s.getAttribute('aria-label') ?? ''),
		drawn: Math.max(0, ...svgs.map((s) => { const b = s.getBoundingClientRect(); return b.width * b.height; })),
	};
})`;

/**
 * Marks the first button whose name starts with the page language's "Copy link" ("Copiar el
 * enlace" on /es/) so the engine can click it by CSS, and returns that name, or null. The name is
 * the aria-label, else the text, as these buttons are made.
 */
const findCopyScript = (copyLink: string) => `(() => {
	const b = [...document.querySelectorAll('button')].find((b) =>
		(b.getAttribute('aria-label') ?? b.textContent ?? '').trim().startsWith(${JSON.stringify(copyLink)}));
	if (!b) return null;
	b.setAttribute('data-engine-test', 'copy');
	b.scrollIntoView({ block: 'center' });
	return (b.getAttribute('aria-label') ?? b.textContent).trim();
})()`;

/**
 * Picks the in-page link whose target lies deepest in the page while the page can still scroll it
 * to the top, marks it for a click, and scrolls back to the top. A visible link is preferred (a
 * reader clicks it); failing one, any element with an id, reached by its #address.
 */
const findJumpScript = `(() => {
	const room = (el) => {
		const top = el.getBoundingClientRect().top + scrollY - parseFloat(getComputedStyle(el).scrollMarginTop || '0');
		return top > 0 && top + innerHeight <= document.documentElement.scrollHeight ? top : -1;
	};
	const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden'; };
	// A link a reader can click: on screen once scrolled to, and not under anything (a skip link is off-screen until focused).
	const clickable = (a) => {
		if (!shown(a)) return false;
		a.scrollIntoView({ block: 'center' });
		const r = a.getBoundingClientRect();
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return r.left >= 0 && r.right <= innerWidth && !!hit && (hit === a || a.contains(hit));
	};
	let best = null;
	for (const a of document.querySelectorAll('a[href^="#"]')) {
		const id = decodeURIComponent(a.getAttribute('href').slice(1));
		const target = id && document.getElementById(id);
		if (!target || !shown(target)) continue;
		const top = room(target);
		if (top >= 0 && (!best || top > best.top) && clickable(a)) best = { a, id, top };
	}
	scrollTo(0, 0);
	if (best) { best.a.setAttribute('data-engine-test', 'jump'); best.a.scrollIntoView({ block: 'center' }); return { id: best.id, by: 'link' }; }
	let deepest = null;
	for (const el of document.querySelectorAll('main [id], main')) {
		if (!el.id || el.closest('svg') || !shown(el)) continue;
		const top = room(el);
		if (top >= 0 && (!deepest || top > deepest.top)) deepest = { id: el.id, top };
	}
	if (deepest) return { id: deepest.id, by: 'address' };
	return { id: null, by: null, fits: document.documentElement.scrollHeight <= innerHeight * 1.5 };
})()`;

/** Where an element with an id sits now, against where its scroll-margin says it should land. */
const landingScript = (id: string) => `(() => {
	const el = document.getElementById(${JSON.stringify(id)});
	const s = getComputedStyle(el);
	// An inline target (a key figure in a sentence) may land with its line's half-leading above it.
	// Measured on its first line box: a figure that wraps onto two lines is taller than one line.
	const r = el.getBoundingClientRect();
	const first = s.display === 'inline' ? (el.getClientRects()[0] ?? r) : r;
	const slack = s.display === 'inline' ? Math.max(0, (parseFloat(s.lineHeight) - first.height) / 2) : 0;
	return { top: r.top, margin: parseFloat(s.scrollMarginTop || '0'), slack, hash: decodeURIComponent(location.hash) };
})()`;

/**
 * The per-page smoke pass: charts, Copy link and an in-page link, on a page loaded once in a
 * desktop-sized window. (No console error and no sideways scroll at 320 px are each engine's own
 * test, as the engines find them differently.)
 */
export function smokePass(engine: string, tab: () => Tab, shots: string) {
	const all = readerPages();
	it('finds the pages, the summary and the charts in dist/', () => {
		expect(all.map((p) => p.route)).toEqual(expect.arrayContaining(['/', ...summaryRoutes]));
		expect(all.some((p) => p.charts > 0)).toBe(true);
	});
	const shotRoute = all.find((p) => p.charts > 0)?.route;

	for (const { route, charts: expected } of all) {
		describe(`${engine}: ${route}`, () => {
			beforeAll(async () => {
				await tab().goto(origin + route);
				await tab().problems();
			});

			it('has every chart, each drawn and named', async () => {
				const charts =
					await tab().run<{ id: string; names: string[]; drawn: number }[]>(chartsScript);
				// As many as the built HTML has: a chart the engine fails to build would be missing here.
				expect(charts).toHaveLength(expected);
				for (const c of charts) {
					expect(c.names.length, `${c.id} has an image`).toBeGreaterThan(0);
					for (const name of c.names) expect(name.length, `${c.id} has a name`).toBeGreaterThan(10);
					expect(c.drawn, `${c.id} is drawn`).toBeGreaterThan(1000);
				}
				if (route === shotRoute) writeShot(shots, engine, route, await tab().screenshot());
			});

			it('underlines key figures and glossary terms, as the style sheet says', async () => {
				// WebKit drops a text-decoration shorthand whose colour is a var(): the line vanished.
				// (Key figures were links with a dotted line; now they are text, and terms keep it.)
				const lines = await tab().run<{ text: string; line: string }[]>(
					`[...document.querySelectorAll('.figure-link, .term')].map((a) => ({ text: a.textContent.trim(), line: getComputedStyle(a).textDecorationLine }))`,
				);
				expect(lines.filter((l) => !l.line.includes('underline'))).toEqual([]);
			});

			it('Copy link puts the address on the clipboard and says so', async () => {
				const words = dictionary(splitLocalePath(route).locale);
				const name = await tab().run<string | null>(findCopyScript(words.copyLink));
				if (name === null) {
					// Nothing to copy here: the page must really have no such control, not a broken one.
					expect(
						await tab().run<number>(
							`document.querySelectorAll('.share-control, .figure-copy').length`,
						),
					).toBe(0);
					return;
				}
				await tab().click('[data-engine-test=copy]');
				let status = '';
				for (let i = 0; i < 20 && !status; i++) {
					await pause(100);
					status = await tab().run<string>(
						`document.querySelector('[role=status]')?.textContent ?? ''`,
					);
				}
				const address = status.match(/https?:\/\/\S+/)?.[0] ?? '';
				// "Link copied: {url}" in the page's language.
				expect(
					status.startsWith(words.copied.split('{url}')[0]!),
					`status after "${name}": ${status}`,
				).toBe(true);
				// This page's address, or the address of a part of it that exists.
				const url = new URL(address);
				expect(url.origin + url.pathname).toBe(origin + route);
				const id = decodeURIComponent(url.hash.slice(1));
				if (id)
					expect(
						await tab().run<boolean>(`!!document.getElementById(${JSON.stringify(id)})`),
						id,
					).toBe(true);
				expect(await tab().clipboard()).toBe(address);
				expect(await tab().problems()).toEqual([]);
			});

			it('a link to a #part lands with that part at the top', async () => {
				const jump = await tab().run<{ id: string | null; by: string | null; fits?: boolean }>(
					findJumpScript,
				);
				if (!jump.id) {
					// Only a page about one screen long has nothing that could be scrolled to the top.
					expect(jump.fits, 'a long page with no target that can reach the top').toBe(true);
					return;
				}
				if (jump.by === 'link') await tab().click('[data-engine-test=jump]');
				else await tab().goto(`${origin}${route}#${jump.id}`);
				await pause(300);
				const landed = await tab().run<{
					top: number;
					margin: number;
					slack: number;
					hash: string;
				}>(landingScript(jump.id));
				expect(landed.hash).toBe(`#${jump.id}`);
				expect(
					Math.abs(landed.top - landed.margin),
					`#${jump.id} at ${landed.top}px, not at its scroll margin of ${landed.margin}px`,
				).toBeLessThanOrEqual(2 + landed.slack);
				expect(await tab().problems()).toEqual([]);
			});
		});
	}
}

/** Keeps one screenshot per engine of the first page with charts, for a person to look at. */
function writeShot(dir: string, engine: string, route: string, png: Uint8Array) {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, `${engine}.png`), png);
	console.log(`${engine}: screenshot of ${route} in ${join(dir, `${engine}.png`)}`);
}

/** What each engine printed, gathered for one line of the log (the README's figures come from it). */
const measured: string[] = [];

/**
 * The print pass: each language's summary on exactly one page of A4 and of Letter, nothing in the
 * bottom 5 mm; every page with charts keeps each chart with its caption, and nothing in its bottom 5 mm.
 */
export function printPass(engine: string, print: Print) {
	describe(`${engine}: print`, () => {
		afterAll(() => console.log(measured.filter((m) => m.startsWith(engine)).join('\n')));

		for (const route of summaryRoutes)
			for (const paper of ['A4', 'Letter'] as const) {
				it(`the summary ${route} prints on exactly one page of ${paper}, clear of the bottom 5 mm`, async () => {
					const pages = await readPdf(await print(route, paper, false));
					expect(pages.length, 'pages').toBe(1);
					// The paper really is the one asked for (engines round A4's 595.28 pt either way).
					expect(Math.abs(pages[0].width - PAPER[paper][0])).toBeLessThan(1.5);
					expect(textInBottom(pages, 5)).toEqual([]);
					// Spare space: from the lowest text to the 10 mm margin the dialog sets.
					measured.push(
						`${engine} ${route} ${paper}: ${pages.length} page(s), ${(lowestText(pages[0]) - 10).toFixed(1)} mm spare above the bottom margin`,
					);
				});
			}

		// The summaries are left out: on exactly one page (above), a chart cannot leave its caption.
		const story = readerPages().filter(
			(p) => p.captioned > 0 && !(summaryRoutes as readonly string[]).includes(p.route),
		);
		it('finds pages with charts to print', () => expect(story.length).toBeGreaterThan(0));
		for (const { route, captioned } of story) {
			it(`${route} prints each chart with its caption, clear of the bottom 5 mm`, async () => {
				const pages = await readPdf(await print(route, 'A4', true));
				expect(pages.length).toBeGreaterThan(0);
				expect(textInBottom(pages, 5)).toEqual([]);
				for (let i = 0; i < captioned; i++) {
					const where = marksOf(pages, i);
					const seen = JSON.stringify(where);
					// Before the caption, between caption and chart, and after the chart ...
					expect(Object.keys(where).sort(), `figure ${i}: ${seen}`).toEqual([
						'end',
						'mid',
						'start',
					]);
					// ... all on the same page.
					expect(new Set(Object.values(where).flat()).size, `figure ${i}: ${seen}`).toBe(1);
				}
				measured.push(
					`${engine} ${route} A4: ${pages.length} pages, ${captioned} captioned charts each whole with its caption`,
				);
			});
		}
	});
}

export { MM, markScript };
