/**
 * The built site as the gates see it: every HTML page found in a `dist/` folder (never a
 * hand-kept list, so pages added later are checked too) and how a site URL maps to a file there.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One built page: its file and the URL path it is served at. */
export interface Page {
	/** Absolute path of the HTML file. */
	file: string;
	/** The URL path a reader visits, e.g. `/`, `/summary/`, `/404.html`. */
	route: string;
}

/** The URL path a built HTML file is served at (`a/index.html` -> `/a/`, `404.html` -> `/404.html`). */
export function routeOf(dist: string, file: string): string {
	const rel = relative(dist, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel}`;
}

/** Every HTML page under `dist`, sorted by route. */
export function pages(dist: string): Page[] {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dist, f));
	return files
		.map((file) => ({ file, route: routeOf(dist, file) }))
		.sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The file in `dist` that a same-origin URL path is served from, as static hosts and
 * `astro preview` resolve it (`/a/` and `/a` -> `a/index.html`, or `a.html`), or undefined.
 */
export function fileFor(dist: string, pathname: string): string | undefined {
	const path = decodeURIComponent(pathname);
	const base = join(dist, path);
	if (!base.startsWith(dist)) return undefined;
	const candidates = path.endsWith('/')
		? [join(base, 'index.html')]
		: [base, join(base, 'index.html'), `${base}.html`];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
