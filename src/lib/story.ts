/** Reading the story collection in chapter order, for every page that lists or renders chapters. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'story'>;

/** All chapters, sorted by their `order`; throws if two chapters share an order or a section id. */
export async function chapters(): Promise<Chapter[]> {
	const all = (await getCollection('story')).sort((a, b) => a.data.order - b.data.order);
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

/** getStaticPaths for a page per chapter (/s/<section>/, /og/<section>.png): its section and the chapter. */
export async function chapterPaths() {
	return (await chapters()).map((chapter) => ({
		params: { section: chapter.data.section },
		props: { chapter },
	}));
}
