/**
 * `dist/_redirects` (read by Netlify, Cloudflare Pages and others): every page that only sends the
 * reader on with a meta refresh (the old /s/<section>/ share pages) is answered by the host with a
 * 301 to its target instead, so the move is permanent for browsers and crawlers too.
 */

/** The address a page's `<meta http-equiv="refresh" content="0; url=...">` sends to, if any. */
export function refreshTarget(html: string): string | undefined {
	const tag = html.match(/<meta[^>]+http-equiv=["']?refresh["']?[^>]*>/i)?.[0];
	return tag?.match(/content=["']?\s*\d+\s*;\s*url=([^"'>\s]+)/i)?.[1];
}

/**
 * The lines of a _redirects file: `from to 301`, sorted, one per redirect page; then, for each
 * language's own not-found page (dist/es/404.html), `/es/* /es/404.html 404`, so a missing Spanish
 * address gets the Spanish 404 (hosts that look for the nearest 404.html, such as Cloudflare
 * Pages, do that by themselves). Rules apply in order, so the 301s come first.
 */
export function redirectsFile(
	redirects: ReadonlyArray<{ from: string; to: string }>,
	notFoundPrefixes: readonly string[] = [],
): string {
	const moves = [...redirects]
		.sort((a, b) => a.from.localeCompare(b.from))
		.map(({ from, to }) => `${from} ${to} 301`);
	const notFound = [...notFoundPrefixes].sort().map((p) => `${p}* ${p}404.html 404`);
	return [...moves, ...notFound].join('\n') + '\n';
}
