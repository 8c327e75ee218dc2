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

/** The lines of a _redirects file: `from to 301`, sorted, one per redirect page. */
export function redirectsFile(redirects: ReadonlyArray<{ from: string; to: string }>): string {
	return (
		[...redirects]
			.sort((a, b) => a.from.localeCompare(b.from))
			.map(({ from, to }) => `${from} ${to} 301`)
			.join('\n') + '\n'
	);
}
