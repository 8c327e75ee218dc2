/** Reading the story collection in chapter order, for every page that lists or renders chapters. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localePath, type Locale } from '~/i18n';
import { fillTokens } from './tokens';

export type Chapter = CollectionEntry<'story'>;

/**
 * All chapters of one language (content/story/<locale>/), sorted by their `order`; throws if two
 * chapters share an order or a section id, naming both files.
 */
export async function chapters(locale: Locale = 'en'): Promise<Chapter[]> {
	const all = (await getCollection('story', (c) => c.id.startsWith(`${locale}/`)))
		.sort((a, b) => a.data.order - b.data.order)
		// A summary's {tokens} become figures written the way this language writes them.
		.map((c) => ({ ...c, data: { ...c.data, summary: fillTokens(c.data.summary, locale) } }));
	for (const key of ['order', 'section'] as const) {
		const seen = new Map<unknown, string>();
		for (const c of all) {
			const other = seen.get(c.data[key]);
			if (other) throw new Error(`Chapters ${other} and ${c.id} share ${key} "${c.data[key]}"`);
			seen.set(c.data[key], c.id);
		}
	}
	return all;
}

/** A chapter's own page: /<section>/ in English, /es/<section>/ in Spanish. */
export function chapterPath(section: string, locale: Locale = 'en'): string {
	return localePath(`/${section}/`, locale);
}

/** Where a chapter sits in the story: its number, the total, and its neighbours. */
export interface Place {
	n: number;
	total: number;
	previous?: Chapter;
	next?: Chapter;
}

/** getStaticPaths for a page per chapter (/<section>/, /es/<section>/, /s/<section>/, cards). */
export async function chapterPaths(locale: Locale = 'en') {
	const all = await chapters(locale);
	return all.map((chapter, i) => ({
		params: { section: chapter.data.section },
		props: {
			chapter,
			place: { n: i + 1, total: all.length, previous: all[i - 1], next: all[i + 1] } as Place,
		},
	}));
}
