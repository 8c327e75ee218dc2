import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../tools/lib/links';
import { fileFor, routeOf } from '../tools/lib/dist';

/** Writes a tiny built site: path -> HTML body. */
function site(files: Record<string, string>): string {
	const dist = mkdtempSync(join(tmpdir(), 'links-'));
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(join(dist, path, '..'), { recursive: true });
		writeFileSync(join(dist, path), body);
	}
	return dist;
}

const canonical = '<link rel="canonical" href="https://example.org/">';

describe('link check over dist/', () => {
	it('maps files to routes and routes to files as a static host does', () => {
		const dist = site({ 'index.html': '', 's/a/index.html': '', 'data/t.json': '{}' });
		expect(routeOf(dist, join(dist, 's/a/index.html'))).toBe('/s/a/');
		expect(routeOf(dist, join(dist, '404.html'))).toBe('/404.html');
		expect(fileFor(dist, '/s/a')).toBe(join(dist, 's/a/index.html'));
		expect(fileFor(dist, '/data/t.json')).toBe(join(dist, 'data/t.json'));
		expect(fileFor(dist, '/nope/')).toBeUndefined();
		expect(fileFor(dist, '/../../etc/passwd')).toBeUndefined();
	});

	it('passes a site whose links, fragments and assets all resolve', () => {
		const dist = site({
			'index.html': `${canonical}<h2 id="one">1</h2><a href="#one">x</a><a href="/s/a/#two">y</a><a href="https://example.org/s/a/">own site</a><img src="/i.svg" alt="">`,
			's/a/index.html':
				'<p id="two"></p><a href="../../">home</a><a href="https://other.org/" rel="noopener noreferrer">out</a>',
			'i.svg': '<svg/>',
		});
		expect(checkLinks(dist)).toEqual([]);
	});

	it('names a missing page, a missing #fragment, an empty link and a bare external link', () => {
		const dist = site({
			'index.html': `${canonical}<a href="/gone/">a</a><a href="#nowhere">b</a><a href="#">c</a><a href="https://other.org/">d</a>`,
		});
		expect(checkLinks(dist)).toEqual([
			'/: <a> /gone/ points at /gone/, which is not in dist/',
			'/: <a> #nowhere: no element with id "nowhere" in /',
			'/: <a> # goes nowhere',
			'/: <a> https://other.org/ links to another site without rel="noopener noreferrer"',
		]);
	});

	it("checks share-card images and canonical links on the site's own origin like internal links", () => {
		const dist = site({
			'index.html': `${canonical}<meta property="og:image" content="https://example.org/og/home.png">`,
			'404.html': '<meta property="og:image" content="https://example.org/og/gone.png">',
			'og/home.png': 'png',
		});
		expect(checkLinks(dist)).toEqual([
			'/404.html: <meta> https://example.org/og/gone.png points at /og/gone.png, which is not in dist/',
		]);
	});

	it('flags anything loaded from another site', () => {
		const dist = site({ 'index.html': '<script src="https://cdn.example.com/x.js"></script>' });
		expect(checkLinks(dist)).toEqual([
			'/: <script> https://cdn.example.com/x.js loads from another site',
		]);
	});
});
