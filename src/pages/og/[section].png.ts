/** /og/<section>.png: each chapter's preview card, drawn at build time from its frontmatter. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterPaths, type Chapter } from '~/lib/story';
import { renderCard } from '~/lib/card';
import { cardFigure } from '~/lib/card-text';

export const getStaticPaths = chapterPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: Chapter }> = async ({ props }) => {
	const { title, summary } = props.chapter.data;
	const png = await renderCard({ title, summary, ...cardFigure });
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
