/**
 * Page weight budgets: what one built page makes a browser download (its HTML, and the CSS, JS,
 * images and fonts it links, and what those link in turn), gzip-compressed, by kind; and whether
 * the HTML, as the build's brotli copy, arrives in a connection's first round trip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { brotli } from '../../../src/integrations/precompress.ts';
import { fileFor } from './dist.ts';

/** What a downloaded file counts as. */
export type Kind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

/** The limits, in bytes after gzip (1 KB = 1000 bytes). */
export const LIMITS = { total: 50_000, js: 10_000, css: 15_000 } as const;

/**
 * The most a page's compressed HTML may weigh to arrive in the first round trip of a new
 * connection. TCP's first flight is 10 segments of 1,460 bytes (14,600 bytes, RFC 6928); 400 of
 * them are left for the status line and headers. Text on a page that fits can paint after one
 * round trip; one byte more costs a second one (150 ms on Lighthouse's simulated slow 4G), and the
 * story's LCP, its text, waits for it. Measured on the build's brotli copy (index.html.br), which
 * is what the audit serves; see README, "Quality gates".
 */
export const FIRST_ROUND_TRIP = 14_600 - 400;

/**
 * The same first round trip on a host that only compresses with gzip (GitHub Pages and most hosts
 * that compress for you): each page's HTML, gzip level 9, at most 14,000 bytes, so its LCP equals
 * its FCP whether or not the host sends the build's brotli copies.
 */
export const FIRST_ROUND_TRIP_GZIP = 14_000;

/** A page's gzip-compressed weight by kind, and any file it links that does not exist. */
export interface Weight {
	route: string;
	html: number;
	/** The HTML as the build's brotli copy (or compressed here at the same setting, if none). */
	htmlBrotli: number;
	css: number;
	js: number;
	image: number;
	font: number;
	other: number;
	total: number;
	missing: string[];
}

const byExtension: Record<string, Kind> = {
	'.css': 'css',
	'.js': 'js',
	'.mjs': 'js',
	'.svg': 'image',
	'.png': 'image',
	'.jpg': 'image',
	'.jpeg': 'image',
	'.webp': 'image',
	'.avif': 'image',
	'.gif': 'image',
	'.ico': 'image',
	'.woff2': 'font',
	'.woff': 'font',
	'.ttf': 'font',
	'.otf': 'font',
	'.html': 'html',
};

/** The kind of a file, from its extension. */
function kindOf(url: string): Kind {
	return byExtension[extname(new URL(url, 'http://x/').pathname).toLowerCase()] ?? 'other';
}

/** Every `url(...)` and `@import "..."` in a style sheet. */
export function cssRefs(css: string): string[] {
	const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)].map(
		(m) => m[1] ?? m[2] ?? m[3] ?? '',
	);
	const imports = [...css.matchAll(/@import\s+["']([^"']+)["']/g)].map((m) => m[1] ?? '');
	return [...urls, ...imports].filter((u) => u && !u.startsWith('data:') && !u.startsWith('#'));
}

/** Modules a script loads before it runs (static `import`/`export ... from`); lazy import() is not counted. */
export function jsImports(js: string): string[] {
	const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g;
	return [...js.matchAll(re)]
		.map((m) => m[1] ?? '')
		.filter((u) => u.startsWith('.') || u.startsWith('/'));
}

/** What an HTML page links that the browser downloads at once, and its inline CSS and JS. */
export function htmlRefs(html: string): { refs: string[]; inlineCss: string; inlineJs: string } {
	const doc = parse(html);
	const refs: string[] = [];
	for (const link of doc.querySelectorAll('link[href]')) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		if (['stylesheet', 'icon', 'modulepreload', 'preload', 'manifest'].some((r) => rel.includes(r)))
			refs.push(link.getAttribute('href') ?? '');
	}
	for (const el of doc.querySelectorAll('script[src], img[src], image[href], video[poster]'))
		refs.push(el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('poster') ?? '');
	const inlineCss = doc
		.querySelectorAll('style')
		.map((s) => s.textContent)
		.concat(doc.querySelectorAll('[style]').map((e) => e.getAttribute('style') ?? ''))
		.join('\n');
	const inlineJs = doc
		.querySelectorAll('script:not([src])')
		.filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
		.map((s) => s.textContent)
		.join('\n');
	refs.push(...cssRefs(inlineCss));
	return {
		refs: refs.filter(
			(r) => r && !r.startsWith('data:') && !/^[a-z]+:/i.test(r) && !r.startsWith('#'),
		),
		inlineCss,
		inlineJs,
	};
}

/** Gzip-compressed size in bytes. */
function gzipSize(content: string | Buffer): number {
	return content.length === 0 ? 0 : gzipSync(content).length;
}

/** The size of a file as served with brotli: its precompressed copy, or made as the build makes it. */
function brotliSize(file: string): number {
	if (existsSync(`${file}.br`)) return readFileSync(`${file}.br`).length;
	return brotli(readFileSync(file)).length;
}

/** Weighs one built page: reads it and everything it pulls in from `dist`. */
export function weigh(dist: string, route: string, file: string): Weight {
	const html = readFileSync(file, 'utf8');
	const w: Weight = {
		route,
		html: gzipSize(html),
		htmlBrotli: brotliSize(file),
		css: 0,
		js: 0,
		image: 0,
		font: 0,
		other: 0,
		total: 0,
		missing: [],
	};
	const { refs, inlineCss, inlineJs } = htmlRefs(html);
	w.css += gzipSize(inlineCss);
	w.js += gzipSize(inlineJs);
	const seen = new Set<string>();
	const queue = refs.map((r) => new URL(r, new URL(route, 'http://site/')));
	while (queue.length) {
		const url = queue.shift()!;
		if (url.origin !== 'http://site' || seen.has(url.pathname)) continue;
		seen.add(url.pathname);
		const path = fileFor(dist, url.pathname);
		if (!path) {
			w.missing.push(url.pathname);
			continue;
		}
		const body = readFileSync(path);
		const kind = kindOf(url.pathname);
		w[kind] += gzipSize(body);
		w.total += gzipSize(body);
		const more =
			kind === 'css' ? cssRefs(body.toString()) : kind === 'js' ? jsImports(body.toString()) : [];
		queue.push(...more.map((r) => new URL(r, url)));
	}
	w.total += w.html;
	return w;
}

/** Every way a page breaks a budget, in words; empty when all pages are within. */
export function overBudget(
	weights: Weight[],
	limits: { total: number; js: number; css: number } = LIMITS,
): string[] {
	const problems: string[] = [];
	for (const w of weights) {
		for (const key of ['total', 'js', 'css'] as const)
			if (w[key] > limits[key])
				problems.push(`${w.route}: ${key} ${kb(w[key])} is over the ${kb(limits[key])} budget`);
		if (w.html > FIRST_ROUND_TRIP_GZIP)
			problems.push(
				`${w.route}: its HTML is ${w.html} bytes with gzip, over the ${FIRST_ROUND_TRIP_GZIP} that arrive in a connection's first round trip on a gzip-only host: its text would paint one round trip later (LCP). Make the page lighter, or move something off it`,
			);
		if (w.htmlBrotli > FIRST_ROUND_TRIP)
			problems.push(
				`${w.route}: its HTML is ${w.htmlBrotli} bytes with brotli, over the ${FIRST_ROUND_TRIP} that arrive in a connection's first round trip: its text would paint one round trip later (LCP). Make the page lighter, or move something off it`,
			);
		for (const m of w.missing) problems.push(`${w.route}: links ${m}, which is not in dist/`);
	}
	return problems;
}

/** Bytes as kilobytes with one decimal (1 KB = 1000 bytes). */
export function kb(bytes: number): string {
	return `${(bytes / 1000).toFixed(1)} KB`;
}

/** A plain-text table of the weights, one row per page. */
export function table(weights: Weight[]): string {
	const head = ['page', 'html', 'css', 'js', 'image', 'font', 'other', 'total', 'html (br)'];
	const rows = weights.map((w) => [
		w.route,
		...[w.html, w.css, w.js, w.image, w.font, w.other, w.total, w.htmlBrotli].map(kb),
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	return [head, ...rows]
		.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '))
		.join('\n');
}
