/**
 * Finds words glued to a link or an emphasised phrase in built HTML, such as "sources:<a…>the data"
 * or "or<a…>as JSON": Astro's HTML compression drops a line break between text and a tag in a
 * template, so the space a reader expects can vanish without any error.
 */

/** Inline elements the story's prose wraps around words. */
const inline = 'a|strong|em|b|i';

/** Strips what is not prose: scripts, styles and drawings. */
function prose(html: string): string {
	return html.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, '');
}

/**
 * Each place where a letter, digit, colon or comma touches the start of an inline element, or where
 * the end of one touches a letter or digit, with a little context to find it by.
 */
export function gluedText(html: string): string[] {
	const text = prose(html);
	const found: string[] = [];
	const patterns = [
		new RegExp(`[\\p{L}\\p{N}:,]<(?:${inline})\\b[^>]*>`, 'gu'),
		new RegExp(`</(?:${inline})>[\\p{L}\\p{N}]`, 'gu'),
	];
	for (const pattern of patterns) {
		for (const m of text.matchAll(pattern)) {
			const around = text
				.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)
				.replace(/^[^<]*>|<[^>]*$/g, '') // a tag cut in two at either end
				.replace(/<[^>]*>/g, '⟨tag⟩')
				.replace(/\s+/g, ' ');
			found.push(around);
		}
	}
	return found;
}
