/**
 * Links shared before each chapter had its own page pointed into the one-page story: /#results,
 * /#those-without-remission-at-first, /#fig-remission, /#term-cd19, /#source-JCI. This map says on
 * which chapter page each of those ids now lives, so the front page can send such a link on.
 */
import { render } from 'astro:content';
import type { Chapter } from './story';

/** Ids whose home is a chapter by their prefix: glossary terms, sources and citation blocks. */
const byPrefix: [prefix: string, section: string][] = [
	['term-', 'glossary'],
	['source-', 'sources'],
	['cite-', 'sources'],
];

/** id -> section, for every chapter id, sub-heading and key figure; prefixes for the rest. */
export async function oldLinkMap(all: Chapter[]) {
	const ids: Record<string, string> = {};
	for (const c of all) {
		const section = c.data.section;
		ids[section] = section;
		const { headings } = await render(c);
		for (const h of headings) ids[h.slug] = section;
		for (const m of (c.body ?? '').matchAll(/<KeyFigure id="([^"]+)"/g)) ids[m[1]!] = section;
	}
	const sections = new Set(all.map((c) => c.data.section));
	return { ids, prefixes: byPrefix.filter(([, s]) => sections.has(s)) };
}
