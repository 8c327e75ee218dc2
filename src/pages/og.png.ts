/** /og.png: the front page's preview card: the site's name and the headline figure. */
import type { APIRoute } from 'astro';
import { renderCard } from '~/lib/card';
import { cardFigure } from '~/lib/card-text';
import { siteName } from '~/lib/share';

export const GET: APIRoute = async () => {
	const png = await renderCard({ title: siteName, ...cardFigure });
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
