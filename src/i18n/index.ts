/** t(): the interface's words, with {placeholders} filled. One dictionary per language. */
import { en, type UiKey } from './en';
import { es } from './es';

/** The languages the site has; the first is the default, served at the site's root. */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, es };

/** One language's whole dictionary, {placeholders} unfilled (for a script that fills them in the browser). */
export function dictionary(locale: Locale): Readonly<Record<UiKey, string>> {
	return dictionaries[locale];
}

/** The words for `key` in `locale`, with each {name} replaced by vars[name]; throws on a missing var. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, locale: Locale = 'en') {
	return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
		if (!(name in vars)) throw new Error(`t('${key}') needs {${name}}`);
		return String(vars[name]);
	});
}

/** True for a language the site has. */
export function isLocale(value: unknown): value is Locale {
	return (locales as readonly unknown[]).includes(value);
}

/**
 * The language of the page being built, from Astro's i18n routing (Astro.currentLocale: "es" under
 * /es/, "en" elsewhere). Components call this instead of taking a prop, so MDX stays unchanged.
 */
export function pageLocale(astro: { currentLocale?: string | undefined }): Locale {
	const l = astro.currentLocale;
	return isLocale(l) ? l : defaultLocale;
}

/** A site path in `locale`: "/results/" -> "/es/results/" for Spanish; English stays at the root. */
export function localePath(path: string, locale: Locale): string {
	if (!path.startsWith('/')) throw new Error(`localePath() takes a site path, got "${path}"`);
	return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** A page's path with its language prefix removed, and its language: "/es/results/" -> "/results/", "es". */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
	const m = /^\/([a-z]{2})(\/.*)?$/.exec(path);
	if (m && isLocale(m[1]) && m[1] !== defaultLocale) return { locale: m[1], path: m[2] ?? '/' };
	return { locale: defaultLocale, path };
}

/** The same page in every language: { en: "/results/", es: "/es/results/" }. */
export function alternatePaths(path: string): Record<Locale, string> {
	const base = splitLocalePath(path).path;
	return Object.fromEntries(locales.map((l) => [l, localePath(base, l)])) as Record<Locale, string>;
}

/** A translator for one language: `const tr = translator('es'); tr('share')`. */
export function translator(locale: Locale) {
	return (key: UiKey, vars: Record<string, string | number> = {}) => t(key, vars, locale);
}
