/**
 * Fernández-Huerta readability of the Spanish story's text, with our own Spanish syllable count
 * (no well-kept library counts Spanish syllables). Pure functions: tests/tools/readability.ts reads
 * dist/es/ and prints; the text a chapter page gives comes from `chapterTexts` in ./readability.ts.
 *
 * Syllables: one per vowel nucleus.
 * - Strong vowels a e o, and every accented vowel (á é í ó ú): two strong vowels side by side are
 *   a hiatus, two syllables ("po-e-ta", "dí-a", "pa-ís", "a-é-re-o").
 * - Weak vowels i u ü join the vowels next to them in one syllable (diphthong "ciu-dad", "hue-vo",
 *   triphthong "buey"), so the silent u of que/qui/gue/gui needs no rule of its own. A run of weak
 *   vowels alone is one syllable, except the same weak vowel twice ("chi-i-ta").
 * - "y" is a vowel when it is the word "y", or ends a word ("muy", "hoy", "buey" add no syllable
 *   after a vowel); elsewhere it is a consonant ("ma-yo").
 * - "h" is a consonant, so it splits vowels ("bú-ho"): a few words like "ahu-ma-do" count one more.
 * - A word with no vowel (an acronym like "SLC", a letter like the "T" of "células T") and an acronym
 *   in capitals of up to three letters ("LLA", "FDA") are read letter by letter, each letter by its
 *   Spanish name ("e-se e-le ce"); "CAR" is said as a word. Longer capitalised names ("ZUMA") are
 *   read as words.
 *
 * Numbers count as they are read aloud, word by word: a figure is replaced by its Spanish words
 * before counting ("93 %" -> "noventa y tres por ciento": five words, eight syllables; "7,6" ->
 * "siete coma seis"; "2016" -> "dos mil dieciséis"; "1.234" -> "mil doscientos treinta y cuatro").
 * That is what a reader's eye and voice go through, so long figures weigh as much as long words.
 *
 * Formula: Fernández Huerta (1959) as usually printed is 206.84 − 0.60 P − 1.02 F, with P the
 * syllables per 100 words and F the sentences per 100 words. Read literally, that lowers the score
 * when sentences get shorter, the opposite of Flesch's formula it adapts (206.835 − 84.6 × syllables
 * per word − 1.015 × words per sentence) and of every plain-writing rule. Gwillim Law pointed out the
 * slip (LINGUIST List 22.2332, 2011): F is the words per sentence. `score` uses that reading, so
 * shorter sentences and shorter words both raise it; `scoreAsPrinted` is the literal version, kept
 * for comparison. For sentences of ten words the two agree; at 8 to 14 words they differ by less than
 * four points.
 */

const strong = new Set('aeoáéíóú');
const weak = new Set('iuü');
const isVowel = (c: string) => strong.has(c) || weak.has(c);

/** Syllables in the Spanish name of each letter, for words read letter by letter. */
const letterName: Record<string, number> = {
	a: 1, b: 1, c: 1, d: 1, e: 1, f: 2, g: 1, h: 2, i: 1, j: 2, k: 1, l: 2, m: 2, n: 2, ñ: 2,
	o: 1, p: 1, q: 1, r: 2, s: 2, t: 1, u: 1, v: 2, w: 3, x: 2, y: 1, z: 2,
}; // prettier-ignore

/** Capitalised short words that are said as words, not spelled out. */
const saidAsWords = new Set(['CAR']);

/** Vowel nuclei of a lower-case word (letters only), with the "y" rule applied. */
function nuclei(w: string): number {
	// "y" ends a word or is the word: a vowel (i). Elsewhere a consonant.
	const letters = [...w].map((c, i) => (c === 'y' && i === w.length - 1 ? 'i' : c));
	let count = 0;
	let run: string[] = [];
	const close = () => {
		if (run.length === 0) return;
		const strongs = run.filter((c) => strong.has(c)).length;
		let n = Math.max(1, strongs);
		// The same weak vowel twice is a hiatus ("chi-i-ta", "du-un-vi-ro").
		for (let i = 1; i < run.length; i++) if (weak.has(run[i]!) && run[i] === run[i - 1]) n++;
		count += n;
		run = [];
	};
	for (const c of letters) {
		if (isVowel(c)) run.push(c);
		else close();
	}
	close();
	return count;
}

/** The number of syllables of one Spanish word, as it is read aloud (see the rules above). */
export function syllablesEs(word: string): number {
	const letters = word.replace(/[^\p{L}]/gu, '');
	if (!letters) return 0;
	const lower = letters.toLowerCase();
	const spelled = () => [...lower].reduce((n, c) => n + (letterName[c] ?? 1), 0);
	if (letters.length > 1 && letters.length <= 3 && letters === letters.toUpperCase()) {
		if (!saidAsWords.has(letters)) return spelled();
	}
	const n = nuclei(lower);
	return n > 0 ? n : spelled();
}

const units = [
	'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez',
	'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho',
	'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco',
	'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve',
]; // prettier-ignore
const tens = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa']; // prettier-ignore
const hundreds = [
	'', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos',
	'setecientos', 'ochocientos', 'novecientos',
]; // prettier-ignore

function below1000(n: number): string {
	if (n < 30) return units[n]!;
	if (n < 100) return tens[Math.floor(n / 10)]! + (n % 10 ? ` y ${units[n % 10]}` : '');
	if (n === 100) return 'cien';
	const h = hundreds[Math.floor(n / 100)]!;
	return n % 100 ? `${h} ${below1000(n % 100)}` : h;
}

/** "uno" before "mil" or "millones" is said "un" ("veintiún mil", "treinta y un mil"). */
const apocope = (words: string) => words.replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un');

/** A whole number in Spanish words, as read aloud: 93 -> "noventa y tres", 2016 -> "dos mil dieciséis". */
export function numberWordsEs(n: number): string {
	if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a whole number: ${n}`);
	if (n < 1000) return below1000(n);
	if (n < 1_000_000) {
		const th = Math.floor(n / 1000);
		const head = th === 1 ? 'mil' : `${apocope(below1000(th))} mil`;
		return n % 1000 ? `${head} ${below1000(n % 1000)}` : head;
	}
	if (n < 1e12) {
		const m = Math.floor(n / 1_000_000);
		const head = m === 1 ? 'un millón' : `${apocope(numberWordsEs(m))} millones`;
		return n % 1_000_000 ? `${head} ${numberWordsEs(n % 1_000_000)}` : head;
	}
	return [...String(n)].map((d) => units[Number(d)]).join(' ');
}

/** Digits after a decimal comma, read as a number, each leading zero as "cero": "05" -> "cero cinco". */
function decimals(digits: string): string {
	const zeros = /^0*/.exec(digits)![0].length;
	const rest = digits.slice(zeros);
	return [
		...Array<string>(zeros).fill('cero'),
		...(rest ? [numberWordsEs(Number(rest))] : []),
	].join(' ');
}

/** One figure as it is read: "1.234" (thousands), "7,6" (decimal comma), "7.6" (a stray decimal point). */
function figureWords(token: string): string {
	if (/^\d{1,3}(\.\d{3})+$/.test(token)) return numberWordsEs(Number(token.replace(/\./g, '')));
	const [whole, ...rest] = token.split(/([.,])/);
	let out = numberWordsEs(Number(whole));
	for (let i = 0; i < rest.length; i += 2)
		out += ` ${rest[i] === ',' ? 'coma' : 'punto'} ${decimals(rest[i + 1]!)}`;
	return out;
}

/** The text with every figure and per cent sign in the words a reader says for them. */
export function spokenEs(text: string): string {
	return text
		.replace(/\d+(?:[.,]\d+)*/g, (m) => ` ${figureWords(m)} `)
		.replace(/%/g, ' por ciento ');
}

/** The words of a Spanish text as read aloud (figures spelled out), one entry per word. */
export function wordsEs(text: string): string[] {
	return spokenEs(text).match(/\p{L}+/gu) ?? [];
}

/**
 * The Fernández-Huerta score of a Spanish text (higher is easier; 70 and up is "fairly easy"),
 * rounded to one decimal, with the counts it rests on. Sentences end at . ! ? or … before a space
 * or the end; a text with none counts as one sentence.
 */
export function fernandezHuerta(text: string): {
	score: number;
	scoreAsPrinted: number;
	words: number;
	sentences: number;
	syllables: number;
} {
	const sentences = Math.max(1, (text.match(/[.!?…]+(\s|$)/g) ?? []).length);
	const words = wordsEs(text);
	const syllables = words.reduce((n, w) => n + syllablesEs(w), 0);
	const w = Math.max(1, words.length);
	const perWord = syllables / w;
	const score = 206.84 - 60 * perWord - 1.02 * (w / sentences);
	const scoreAsPrinted = 206.84 - 60 * perWord - 1.02 * ((sentences / w) * 100);
	const round = (x: number) => Math.round(x * 10) / 10;
	return {
		score: round(score),
		scoreAsPrinted: round(scoreAsPrinted),
		words: words.length,
		sentences,
		syllables,
	};
}
