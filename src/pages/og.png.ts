/** /og.png: the preview card of the whole story (the home page). */
import type { APIRoute } from 'astro';
import { renderCard } from '~/lib/card';
import { cardFigure } from '~/lib/card-text';
import { storyTitle, storySummary } from '~/lib/story-meta';

export const GET: APIRoute = async () => {
	const png = await renderCard({ title: storyTitle, summary: storySummary, ...cardFigure });
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
