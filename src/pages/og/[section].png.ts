/** /og/<section>.png: each chapter's preview card: its title and its own figure (card-text.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterPaths, type Chapter } from '~/lib/story';
import { renderCard } from '~/lib/card';
import { chapterCard } from '~/lib/card-text';

export const getStaticPaths = chapterPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: Chapter }> = async ({ props }) => {
	const { title, section } = props.chapter.data;
	const png = await renderCard({ title, ...chapterCard(section) });
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
