import { localePath, t, type Locale } from '~/i18n';

/**
 * Where shared things live: each chapter's preview card /og/<section>.png (the chapter's own
 * address is in story.ts). Paths here are site-relative; `absolute()` makes them full URLs.
 */

/** The site's name in English, shown in titles, cards and citations (t('siteName') in other languages). */
export const siteName = t('siteName');

/** Size of every preview card, in pixels (the size Open Graph and X/Twitter expect). */
export const cardSize = { width: 1200, height: 630 } as const;

/** The preview card image of a chapter, or of the whole story when no section is given, in `locale`. */
export function cardPath(section?: string, locale: Locale = 'en'): string {
	return localePath(section ? `/og/${section}.png` : '/og.png', locale);
}

/** A site-relative path as an absolute URL on the configured site (SITE_URL). */
export function absolute(path: string, site: URL | undefined): string {
	if (!site) throw new Error('Set `site` in astro.config.mjs: share links must be absolute.');
	return new URL(path, site).href;
}
