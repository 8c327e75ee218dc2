/**
 * Tiny helpers that turn chart marks into SVG text. The chart modules compute geometry; these only
 * write it out, so the Astro components and the snapshot tests print exactly the same markup.
 */

/** Rounds to one decimal place, so the SVG stays short and snapshots stay stable. */
export function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/** Escapes text for use inside SVG content or a double-quoted attribute. */
export function esc(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

type Attrs = Record<string, string | number | boolean | undefined>;

/** One SVG element as text; numbers are rounded, `false`/`undefined` attributes left out. */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
	const a = Object.entries(attrs)
		.filter(([, v]) => v !== undefined && v !== false)
		.map(([k, v]) => ` ${k}="${typeof v === 'number' ? round(v) : esc(String(v))}"`)
		.join('');
	return children.length ? `<${tag}${a}>${children.join('')}</${tag}>` : `<${tag}${a}/>`;
}

/**
 * A diagonal hatch fill, `size` units square: the pattern that marks approximate or bad marks so
 * they read without colour. `background` fills under the lines when given.
 */
export function hatchPattern(
	id: string,
	size: number,
	lineClass: string,
	background?: string,
): string {
	return el(
		'pattern',
		{
			id,
			width: size,
			height: size,
			patternUnits: 'userSpaceOnUse',
			patternTransform: 'rotate(45)',
		},
		...(background ? [el('rect', { class: background, width: size, height: size })] : []),
		el('line', { class: lineClass, x1: 0, y1: 0, x2: 0, y2: size }),
	);
}

/**
 * Splits text into lines of at most `maxChars` characters, breaking between words. SVG text does
 * not wrap by itself, and a static chart has no browser to measure with, so we count characters
 * against a generous average glyph width instead. It never breaks at a no-break space (Spanish
 * "93 %" keeps its sign with its number), and keeps that space as it is.
 */
export function wrapWords(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[^\S\u00a0\u202f]+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Average width of a glyph, as a share of the font size, for system sans-serif fonts (on the safe side). */
export const GLYPH = 0.56;

/**
 * Room left for a reader's own text spacing (WCAG 1.4.12: letters 0.12 em apart, words 0.16 em,
 * about one space in six characters), so wrapped labels stay inside the chart when a reader's
 * style sheet or extension widens them.
 */
export const READER_SPACING = 0.12 + 0.16 / 6;

/** How many characters fit in `width` units at `fontSize`, with room for a reader's text spacing. */
export function charsThatFit(width: number, fontSize: number): number {
	return Math.floor(width / (fontSize * (GLYPH + READER_SPACING)));
}

/**
 * The width, in SVG units, of a chart's desktop layout: the text column is 42rem less its padding,
 * 640 px, so one unit is one pixel there and 15-unit labels read at 15 px.
 */
export const wideChartWidth = 640;
