/** The endpoints that draw preview cards, one pair per language (src/pages/og*, src/pages/es/og*). */
import type { APIRoute } from 'astro';
import type { Chapter } from './story';
import { renderCard } from './card';
import { chapterCard } from './card-text';
import { t, type Locale } from '~/i18n';

const png = (body: Awaited<ReturnType<typeof renderCard>>) =>
	new Response(body, { headers: { 'Content-Type': 'image/png' } });

/** A chapter's card: its title and its own figure, in `locale`. */
export function chapterCardRoute(locale: Locale): APIRoute<{ chapter: Chapter }> {
	return async ({ props }) => {
		const { title, section } = props.chapter.data;
		return png(await renderCard({ title, ...chapterCard(section, locale) }));
	};
}

/** The front page's card: the site's name and the headline figure (the main result's), in `locale`. */
export function frontCardRoute(locale: Locale): APIRoute {
	return async () =>
		png(
			await renderCard({ title: t('siteName', {}, locale), ...chapterCard('main-result', locale) }),
		);
}
