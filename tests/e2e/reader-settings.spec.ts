/**
 * Reader settings that change how the site looks: a high-contrast (forced colours) theme, text at
 * 200 %, and the WCAG 1.4.12 text-spacing overrides on a phone. The pages with charts are found in
 * dist/, so a chapter added later is covered.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { pages } from '../tools/lib/dist.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const chartPages = pages(dist)
	.filter(({ file }) => /<figure\b[^>]*class="chart\b/.test(readFileSync(file, 'utf8')))
	.filter(({ route }) => !route.startsWith('/s/'));

/** WCAG's contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = c
			.match(/[\d.]+/g)!
			.slice(0, 3)
			.map((v) => {
				const s = Number(v) / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** Each kind of mark in each chart (by class), with how it is painted, and the page's Canvas. */
async function marks(page: Page) {
	return page.evaluate(() => {
		// The reader's background colour: a probe painted in Canvas, which forced colours leave alone.
		const probe = document.createElement('span');
		probe.style.setProperty('forced-color-adjust', 'none');
		probe.style.color = 'Canvas';
		document.body.append(probe);
		const canvas = getComputedStyle(probe).color;
		probe.remove();
		const charts = [...document.querySelectorAll('figure.chart svg[role=img]')].map((svg) => {
			const kinds = new Map<string, { fill: string; stroke: string; dash: string; tag: string }>();
			for (const el of svg.querySelectorAll('circle, rect, path, line, polygon, text')) {
				const kind = `${el.tagName}.${el.getAttribute('class') ?? ''}`;
				if (kinds.has(kind) || el.closest('defs, pattern')) continue;
				const s = getComputedStyle(el);
				kinds.set(kind, {
					fill: s.fill,
					stroke: s.strokeWidth === '0px' ? 'none' : s.stroke,
					dash: s.strokeDasharray,
					tag: el.tagName,
				});
			}
			return { id: svg.closest('figure')!.id, kinds: Object.fromEntries(kinds) };
		});
		return { canvas, charts };
	});
}

/** How many different looks the shapes of a chart have (text left out: words tell it apart). */
const looks = (
	kinds: Record<string, { fill: string; stroke: string; dash: string; tag: string }>,
) =>
	new Set(
		Object.values(kinds)
			.filter((k) => k.tag !== 'text')
			.map((k) => `${k.tag} ${k.fill} ${k.stroke} ${k.dash}`),
	).size;

/** The paint of a mark that a reader sees: its fill, else its stroke (patterns count as visible). */
const visiblePaints = (k: { fill: string; stroke: string }) =>
	[k.fill, k.stroke].filter((p) => p !== 'none' && !p.startsWith('url('));

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`forced colours (high contrast), ${scheme}`, () => {
		test.use({ colorScheme: scheme });
		for (const { route } of chartPages) {
			test(`${route}: every chart mark shows against the page and the kinds stay apart`, async ({
				page,
			}) => {
				await page.goto(route);
				const plain = await marks(page);
				await page.emulateMedia({ forcedColors: 'active' });
				const { canvas, charts } = await marks(page);
				expect(charts.length).toBeGreaterThan(0);
				for (const chart of charts) {
					const kinds = Object.entries(chart.kinds);
					expect(kinds.length, chart.id).toBeGreaterThan(0);
					for (const [kind, paint] of kinds) {
						if (paint.tag === 'text') {
							// A label is read against its halo (its own stroke in the page colour), else the page.
							const behind = paint.stroke !== 'none' ? paint.stroke : canvas;
							expect(
								contrast(paint.fill, behind),
								`${chart.id} ${kind} ${paint.fill} on ${behind}`,
							).toBeGreaterThanOrEqual(4.5);
							continue;
						}
						// Marks painted only with a pattern (url(...)) are checked through the pattern's lines.
						for (const p of visiblePaints(paint))
							if (p !== canvas)
								expect(
									contrast(p, canvas),
									`${chart.id} ${kind} ${p} on ${canvas}`,
								).toBeGreaterThanOrEqual(3);
						expect(
							visiblePaints(paint).some((p) => p !== canvas) || paint.fill.startsWith('url('),
							`${chart.id} ${kind} is visible`,
						).toBe(true);
					}
					// Kinds of mark that look different in the site's own colours still look different:
					// fill, stroke or dashes tell them apart, so forced colours merge no two of them.
					const before = plain.charts.find((c) => c.id === chart.id)!;
					expect(looks(chart.kinds), chart.id).toBe(looks(before.kinds));
				}
			});
		}
	});
}

test.describe('text at 200 %', () => {
	test.use({ bypassCSP: true });
	for (const { route } of chartPages) {
		test(`${route}: nothing scrolls sideways and every chart label stays inside its chart`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(route);
			// What a reader's "text size 200 %" does: the root font size doubles.
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			await expectChartsInside(page);
		});
	}
});

test.describe('WCAG 1.4.12 text spacing at 320 px', () => {
	test.use({ bypassCSP: true, viewport: { width: 320, height: 720 } });
	for (const { route } of chartPages) {
		test(`${route}: nothing scrolls sideways and every chart label stays on screen`, async ({
			page,
		}) => {
			await page.goto(route);
			// The success criterion's own overrides.
			await page.addStyleTag({
				content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
					p { margin-bottom: 2em !important; }`,
			});
			await expectChartsInside(page);
		});
	}
});

/** No sideways scroll, and every word in every chart inside both its chart and the viewport. */
async function expectChartsInside(page: Page) {
	const result = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const outside: string[] = [];
		for (const svg of document.querySelectorAll('figure.chart svg[role=img]')) {
			if ((svg as SVGSVGElement).getClientRects().length === 0) continue; // the layout not shown
			const box = svg.getBoundingClientRect();
			for (const t of svg.querySelectorAll('text')) {
				const r = t.getBoundingClientRect();
				if (r.width === 0) continue;
				if (r.left < Math.max(0, box.left) - 1 || r.right > Math.min(width, box.right) + 1)
					outside.push(
						`${svg.closest('figure')!.id} "${t.textContent}" ${Math.round(r.left)}-${Math.round(r.right)} of ${Math.round(box.left)}-${Math.round(box.right)}`,
					);
			}
		}
		return {
			overflow: document.documentElement.scrollWidth - width,
			outside,
			charts: document.querySelectorAll('figure.chart').length,
		};
	});
	expect(result.charts).toBeGreaterThan(0);
	expect(result.overflow).toBeLessThanOrEqual(0);
	expect(result.outside).toEqual([]);
}
