/**
 * Rendered HTML to the plain words a reader sees, for accessible names and share titles built from
 * a slot ("Copy link to: The results in detail"). A real parser, so entities such as &amp; and
 * &#39; come out as the characters they stand for.
 */
import { parse } from 'node-html-parser';

/** The text of an HTML fragment: tags dropped, entities decoded, outer whitespace trimmed. */
export function textOf(html: string): string {
	return parse(html).textContent.trim();
}

/** An id with its accents folded to plain letters ("recaídas" -> "recaidas", "año" -> "ano"). */
export function plainId(id: string): string {
	return id.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
