/**
 * Prints the readability of the story as a reader gets it: each built chapter page's text
 * (headings, paragraphs, lists), without tables, the glossary's and sources' reference lists.
 * English pages get the Flesch-Kincaid grade; Spanish pages (dist/es/) the Fernández-Huerta score
 * (tests/tools/lib/readability-es.ts says how it counts). Run after `npm run build` (it is part of
 * `npm run test:static`). Exits 1 if the grade of the whole English story or any one English
 * chapter is above its target, or if any Spanish chapter scores below its floor, so it guards CI.
 *
 *   npm run readability            # prints the score per chapter and overall
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chapterTexts, grade } from './lib/readability.ts';
import { fernandezHuerta } from './lib/readability-es.ts';
import { pages } from './lib/dist.ts';

/** Highest Flesch-Kincaid grade for the English story and each English chapter. */
const TARGET = 9;
/** Lowest Fernández-Huerta score for each Spanish chapter, as printed and as corrected (70 and up: "fairly easy"). */
const FLOOR_ES = 70;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const byRoute = new Map(pages(dist).map((p) => [p.route, p.file]));

/** The chapters a front page's contents list (`.toc`), in its order, with their reading text. */
function chaptersOf(frontPage: string): { title: string; text: string }[] {
	const order = [
		...readFileSync(frontPage, 'utf8').matchAll(/class="toc"[\s\S]*?<\/nav>/g),
	].flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]!));
	return order.flatMap((route) => {
		const file = byRoute.get(route);
		if (!file) throw new Error(`${frontPage} lists ${route}, which dist/ does not hold.`);
		return chapterTexts(readFileSync(file, 'utf8'));
	});
}

const failures: string[] = [];

// English: Flesch-Kincaid grade.
const chapters = chaptersOf(`${dist}index.html`);
if (chapters.length === 0)
	throw new Error('No chapter pages found in dist/: run `npm run build` first.');
const hard: string[] = [];
for (const { title, text } of chapters) {
	const r = grade(text);
	console.log(`${r.grade.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)} words  ${title}`);
	if (r.grade > TARGET) hard.push(`${title} (${r.grade})`);
}
const overall = grade(chapters.map((c) => c.text).join(' '));
console.log(
	`${overall.grade.toFixed(1).padStart(5)}  ${String(overall.words).padStart(5)} words  WHOLE STORY (target ${TARGET} or lower)`,
);
if (hard.length)
	failures.push(`Above grade ${TARGET}: ${hard.join(', ')}. Shorten sentences, plainer words.`);
if (overall.grade > TARGET)
	failures.push(
		`Flesch-Kincaid grade ${overall.grade} is above ${TARGET}: shorten sentences, plainer words.`,
	);

// Spanish: Fernández-Huerta score, per chapter.
const esFront = `${dist}es/index.html`;
if (!existsSync(esFront)) {
	console.log('\nNo dist/es/index.html: no Spanish edition built, Spanish readability skipped.');
} else {
	const chaptersEs = chaptersOf(esFront);
	// Until the Spanish chapters are written the Spanish front page lists none: nothing to score yet
	// (another test makes a missing Spanish chapter a failure).
	if (chaptersEs.length === 0)
		console.log('\ndist/es/index.html lists no chapter page yet: Spanish readability skipped.');
	else console.log(`\nFernández-Huerta (Spanish, ${FLOOR_ES} or higher per chapter):`);
	const hardEs: string[] = [];
	for (const { title, text } of chaptersEs) {
		const r = fernandezHuerta(text);
		console.log(
			`${r.score.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)} words  ${(r.syllables / Math.max(1, r.words)).toFixed(2)} syll/word  ${(r.words / r.sentences).toFixed(1).padStart(4)} words/sentence  (as printed: ${r.scoreAsPrinted.toFixed(1)})  ${title}`,
		);
		// The issue gives the formula with sentences per 100 words; the published correction uses words
		// per sentence (readability-es.ts). A chapter must pass both readings, so neither is gamed.
		const lowest = Math.min(r.score, r.scoreAsPrinted);
		if (lowest < FLOOR_ES) hardEs.push(`${title} (${lowest.toFixed(1)})`);
	}
	if (chaptersEs.length) {
		const whole = fernandezHuerta(chaptersEs.map((c) => c.text).join(' '));
		console.log(
			`${whole.score.toFixed(1).padStart(5)}  ${String(whole.words).padStart(5)} words  WHOLE SPANISH STORY`,
		);
	}
	if (hardEs.length)
		failures.push(
			`Fernández-Huerta below ${FLOOR_ES}: ${hardEs.join(', ')}. Frases más cortas, palabras más sencillas.`,
		);
}

if (failures.length) {
	for (const f of failures) console.error(f);
	process.exit(1);
}
