/** The front page's meta description, shared by its <head> and its JSON-LD. */
import { derived } from '~/data/derived';
import { t, type Locale } from '~/i18n';
import { of, pct } from './format';

/** The front page's meta description, in `locale`. */
export function storyDescription(locale: Locale = 'en'): string {
	return t(
		'storyDescription',
		{ remission: of(derived.remission, locale), pct: pct(derived.remission, locale) },
		locale,
	);
}
