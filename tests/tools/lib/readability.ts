/**
 * Flesch-Kincaid grade of the story's text, with the syllable counting and the formula from
 * well-kept libraries (`syllable`, `flesch-kincaid`); only the choice of what counts as reading
 * text is ours. Pure functions: tests/tools/readability.ts reads dist/ and prints.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { parse } from 'node-html-parser';
import { syllable } from 'syllable';

/**
 * Not running text: tables, term and source lists, charts, navigation, the source markers, and a
 * term's definition (a popover, read only when opened; the glossary's words are held to the same
 * plain standard in src/data/glossary.ts).
 */
const notProse = 'table, dl, ol.sources, svg, figure, nav, span.src, [popover], .chapter-meta';
/** Blocks that end a sentence even when the writer put no full stop (headings, list items). */
const blocks = 'p, li, h1, h2, h3, dt, dd';

/** The grade of a text, with the counts it rests on; the grade is rounded to one decimal. */
export function grade(text: string): { grade: number; words: number; sentences: number } {
	const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
	const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
	const syllables = words.reduce((n, w) => n + syllable(w), 0);
	const g = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
	return { grade: Math.round(g * 10) / 10, words: words.length, sentences };
}

/** The chapter on a chapter page (`article.chapter-page`): its h1 and the prose a reader reads in it. */
export function chapterTexts(html: string): { title: string; text: string }[] {
	return parse(html)
		.querySelectorAll('article.chapter-page')
		.map((section) => {
			const title = section.querySelector('h1')?.textContent.trim() ?? '?';
			for (const el of section.querySelectorAll(notProse)) el.remove();
			for (const el of section.querySelectorAll(blocks)) el.insertAdjacentHTML('beforeend', '. ');
			const text = section.textContent
				.replace(/([.!?:;])\s*\.(\s|$)/g, '$1$2')
				.replace(/\s+/g, ' ')
				.trim();
			return { title, text };
		});
}
