import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	FIRST_ROUND_TRIP,
	FIRST_ROUND_TRIP_GZIP,
	LIMITS,
	cssRefs,
	htmlRefs,
	jsImports,
	overBudget,
	weigh,
} from '../tools/lib/budget';
import { pages } from '../tools/lib/dist';

/** Text that gzip cannot shrink much: about 3/4 of its length survives compression. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64');

/** A tiny built site in a temp folder: one page that loads a script, a style sheet and a font. */
function site(js: string, css = 'body{color:red}') {
	const dist = mkdtempSync(join(tmpdir(), 'budget-'));
	mkdirSync(join(dist, '_astro'));
	writeFileSync(
		join(dist, 'index.html'),
		'<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"></head>' +
			'<body><style>p{margin:0}</style><script type="module" src="/_astro/main.js"></script></body></html>',
	);
	writeFileSync(join(dist, '_astro/main.js'), `import"./chunk.js";${js}`);
	writeFileSync(join(dist, '_astro/chunk.js'), 'export const x=1;');
	writeFileSync(join(dist, '_astro/a.css'), `@font-face{src:url(./f.woff2)}${css}`);
	writeFileSync(join(dist, '_astro/f.woff2'), noise(300));
	writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
	return dist;
}

describe('page weight budgets', () => {
	it('follows a page to its styles, fonts, icon, scripts and their imports', () => {
		const dist = site('console.log(1)');
		const [page] = pages(dist);
		const w = weigh(dist, page!.route, page!.file);
		expect(w.missing).toEqual([]);
		expect(w.font).toBeGreaterThan(300);
		expect(w.image).toBeGreaterThan(0);
		expect(w.js).toBeGreaterThan(0);
		expect(w.css).toBeGreaterThan(0);
		// The inline <style> counts towards CSS, and towards the total only once, inside the HTML.
		expect(w.total).toBeGreaterThan(w.html + w.font + w.image);
		expect(w.total).toBeLessThan(w.html + w.css + w.js + w.image + w.font + w.other);
		expect(overBudget([w])).toEqual([]);
	});

	it('fails a page whose JavaScript is over budget, and says which budget', () => {
		const dist = site(`var s="${noise(LIMITS.js * 1.5)}"`);
		const [page] = pages(dist);
		const problems = overBudget([weigh(dist, page!.route, page!.file)]);
		expect(problems.some((p) => p.startsWith('/: js'))).toBe(true);
	});

	it('fails a page whose CSS or total weight is over budget', () => {
		const dist = site('', `.x{content:"${noise(LIMITS.total)}"}`);
		const [page] = pages(dist);
		const problems = overBudget([weigh(dist, page!.route, page!.file)]);
		expect(problems.some((p) => p.startsWith('/: css'))).toBe(true);
		expect(problems.some((p) => p.startsWith('/: total'))).toBe(true);
	});

	it('fails a page whose HTML, with brotli, needs a second round trip', () => {
		const dist = mkdtempSync(join(tmpdir(), 'budget-'));
		writeFileSync(join(dist, 'index.html'), `<p>${noise(FIRST_ROUND_TRIP)}</p>`);
		writeFileSync(join(dist, 'small.html'), `<p>${noise(FIRST_ROUND_TRIP / 2)}</p>`);
		const problems = overBudget(pages(dist).map((p) => weigh(dist, p.route, p.file)));
		// Random text compresses no better with brotli than with gzip: both limits fail, for / only.
		const brotli = problems.filter((p) => p.includes('with brotli'));
		expect(brotli).toHaveLength(1);
		expect(brotli[0]).toMatch(/^\/: its HTML is \d+ bytes with brotli, over the 14200 that arrive/);
		expect(problems.every((p) => p.startsWith('/:'))).toBe(true);
	});

	it('fails a page whose HTML, with gzip only, needs a second round trip', () => {
		const dist = mkdtempSync(join(tmpdir(), 'budget-'));
		// Under the brotli limit as the build's copy, over the gzip one as the host would send it.
		writeFileSync(join(dist, 'index.html'), `<p>${noise(FIRST_ROUND_TRIP_GZIP + 500)}</p>`);
		writeFileSync(join(dist, 'index.html.br'), Buffer.alloc(FIRST_ROUND_TRIP - 1));
		const problems = overBudget(pages(dist).map((p) => weigh(dist, p.route, p.file)));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^\/: its HTML is \d+ bytes with gzip, over the 14000 that arrive/);
	});

	it('weighs the HTML as the build precompressed it, when there is a copy', () => {
		const dist = mkdtempSync(join(tmpdir(), 'budget-'));
		writeFileSync(join(dist, 'index.html'), '<p>hello</p>');
		writeFileSync(join(dist, 'index.html.br'), Buffer.alloc(FIRST_ROUND_TRIP + 1));
		const [page] = pages(dist);
		expect(weigh(dist, page!.route, page!.file).htmlBrotli).toBe(FIRST_ROUND_TRIP + 1);
	});

	it('fails a page that links a file missing from dist', () => {
		const dist = mkdtempSync(join(tmpdir(), 'budget-'));
		writeFileSync(join(dist, 'index.html'), '<script src="/gone.js"></script>');
		const problems = overBudget(pages(dist).map((p) => weigh(dist, p.route, p.file)));
		expect(problems).toEqual(['/: links /gone.js, which is not in dist/']);
	});

	it('finds references the way a browser loads them', () => {
		expect(
			cssRefs(`@import "b.css";a{background:url('i.png')}b{x:url(data:image/png;base64,AA)}`),
		).toEqual(['i.png', 'b.css']);
		expect(jsImports('import{a as b}from"./c.js";export*from"./d.js";import("./lazy.js")')).toEqual(
			['./c.js', './d.js'],
		);
		const { refs, inlineJs } = htmlRefs(
			'<link rel="canonical" href="https://x.org/"><img src="/i.png"><script>go()</script><script type="application/ld+json">{}</script>',
		);
		expect(refs).toEqual(['/i.png']);
		expect(inlineJs).toBe('go()');
	});
});
