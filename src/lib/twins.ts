/**
 * Every reader page exists in each language at the same path under the language's prefix
 * (/results/ and /es/results/), so a page's twin is found from its path alone. Two kinds of page
 * have no twin: the not-found page (its twin is the other language's front page, and it names no
 * alternates, since it is served at whatever address was missing) and the English-only /s/ share
 * redirects kept for old links.
 */
import { alternatePaths, localePath, splitLocalePath, type Locale } from '~/i18n';

/** True when the page at `path` is the not-found page, in any language. */
export function isNotFound(path: string): boolean {
	return /^\/404(\.html|\/)?$/.test(splitLocalePath(path).path);
}

/** True when the page at `path` has the same page in every language (hreflang alternates). */
export function hasTwins(path: string): boolean {
	const base = splitLocalePath(path).path;
	return !isNotFound(path) && !base.startsWith('/s/');
}

/** Where the language switch on `path` leads in `locale`: its twin, else that language's front page. */
export function twinPath(path: string, locale: Locale): string {
	return hasTwins(path) ? alternatePaths(path)[locale] : localePath('/', locale);
}
