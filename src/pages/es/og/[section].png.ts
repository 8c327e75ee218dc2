/** /es/og/<section>.png: each Spanish chapter's preview card, in Spanish. */
import type { GetStaticPaths } from 'astro';
import { chapterPaths } from '~/lib/story';
import { chapterCardRoute } from '~/lib/card-route';

export const getStaticPaths = (() => chapterPaths('es')) satisfies GetStaticPaths;
export const GET = chapterCardRoute('es');
