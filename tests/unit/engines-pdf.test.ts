// The engine pass's PDF reading (tests/engines/lib), proved on PDFs made here: it must see text
// in the bottom margin, and a figure whose markers are split across pages.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { marksOf } from '../engines/lib/marks';
import { lowestText, MM, readPdf, textInBottom } from '../engines/lib/pdf';

/** An A4 PDF with each page's lines of text at the given heights (mm above the bottom edge). */
async function pdf(pages: [text: string, mm: number][][]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const font = await doc.embedFont(StandardFonts.Helvetica);
	for (const lines of pages) {
		const page = doc.addPage([595.28, 841.89]);
		for (const [text, mm] of lines) page.drawText(text, { x: 30, y: mm * MM, size: 9, font });
	}
	return doc.save();
}

describe('reading a printed PDF', () => {
	it('finds text that runs into the bottom 5 mm, and only that', async () => {
		const pages = await readPdf(
			await pdf([
				[
					['clear of the margin', 20],
					['too low', 4],
				],
			]),
		);
		expect(textInBottom(pages, 5)).toEqual([expect.stringContaining('"too low"')]);
		expect(lowestText(pages[0])).toBeLessThan(5);
	});

	it('passes a page whose text all sits above the bottom 5 mm', async () => {
		const pages = await readPdf(await pdf([[['clear of the margin', 20]]]));
		expect(textInBottom(pages, 5)).toEqual([]);
	});

	it('tells a figure printed whole from one split between pages', async () => {
		const whole = await readPdf(
			await pdf([
				[
					['ZQ0-startZQ', 200],
					['ZQ0-midZQ', 180],
					['ZQ0-endZQ', 60],
				],
			]),
		);
		expect(marksOf(whole, 0)).toEqual({ start: [1], mid: [1], end: [1] });
		const split = await readPdf(
			await pdf([
				[
					['ZQ0-startZQ', 30],
					['ZQ0-midZQ', 15],
				],
				[['ZQ0-endZQ', 200]],
			]),
		);
		expect(marksOf(split, 0)).toEqual({ start: [1], mid: [1], end: [2] });
	});
});
