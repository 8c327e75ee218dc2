/** t(): the interface's words, with {placeholders} filled. One dictionary per language. */
import { en, type UiKey } from './en';

/** The languages the site has; the first is the default, served at the site's root. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];

const dictionaries: Record<Locale, Record<UiKey, string>> = { en };

/** The words for `key` in `locale`, with each {name} replaced by vars[name]; throws on a missing var. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, locale: Locale = 'en') {
	return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
		if (!(name in vars)) throw new Error(`t('${key}') needs {${name}}`);
		return String(vars[name]);
	});
}
