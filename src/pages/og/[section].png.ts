/** /og/<section>.png: each chapter's preview card: its title and its own figure (card-text.ts). */
import type { GetStaticPaths } from 'astro';
import { chapterPaths } from '~/lib/story';
import { chapterCardRoute } from '~/lib/card-route';

export const getStaticPaths = (() => chapterPaths('en')) satisfies GetStaticPaths;
export const GET = chapterCardRoute('en');
