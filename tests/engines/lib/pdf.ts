/**
 * What a printed PDF holds, read with pdf.js: its pages, their size, and each piece of text with
 * where it sits. pdf-lib (used by the Chromium e2e test) counts pages but cannot place text.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One millimetre in PDF points. */
export const MM = 72 / 25.4;

/** Paper sizes in PDF points (width x height). */
export const PAPER = { A4: [595.28, 841.89], Letter: [612, 792] } as const;
export type Paper = keyof typeof PAPER;

/** A piece of text on a page; `bottom` is how far its lowest ink may reach above the paper's edge. */
export interface Text {
	str: string;
	bottom: number;
	top: number;
}

export interface PrintedPage {
	width: number;
	height: number;
	texts: Text[];
	/** All the page's text run together, to find a string that pdf.js split into pieces. */
	joined: string;
}

/** Reads every page of a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PrintedPage[]> {
	// A copy: pdf.js takes only a plain Uint8Array (not a Buffer), and detaches what it is given.
	const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
	const doc = await task.promise;
	const out: PrintedPage[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const [x0, y0, x1, y1] = page.view;
		const content = await page.getTextContent();
		const texts: Text[] = [];
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const [, , c, d, , f] = item.transform as number[];
			const size = Math.hypot(c, d);
			// The baseline is at f; descenders reach about a quarter of the font size below it.
			texts.push({ str: item.str, bottom: f - y0 - 0.25 * size, top: f - y0 + size });
		}
		out.push({
			width: x1 - x0,
			height: y1 - y0,
			texts,
			joined: texts.map((t) => t.str).join(''),
		});
	}
	await task.destroy();
	return out;
}

/** The lowest point any text reaches on a page, in mm above the paper's bottom edge. */
export function lowestText(page: PrintedPage): number {
	return Math.min(...page.texts.map((t) => t.bottom)) / MM;
}

/** Text whose ink reaches into the bottom `mm` of a page, with its page number, for a failure message. */
export function textInBottom(pages: PrintedPage[], mm: number): string[] {
	return pages.flatMap((p, i) =>
		p.texts
			.filter((t) => t.bottom < mm * MM)
			.map((t) => `page ${i + 1}: "${t.str}" at ${(t.bottom / MM).toFixed(1)} mm`),
	);
}
