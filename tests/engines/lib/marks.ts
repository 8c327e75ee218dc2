/**
 * Print checks read where text lands in the PDF. A chart's own words cannot say where it is
 * (Firefox prints SVG text as outlines, and the remission chart has no words at all), so before
 * printing, this script puts three markers into each chart figure that has a caption: before the
 * caption, between caption and chart, and after the chart. If all three are on one page, caption
 * and chart were printed together. Each marker is a block of no height, its text spilling over
 * it, so the page breaks where it would without them.
 */
export const markScript = `(() => {
	// Only figures with a caption: a chart without one has nothing to be parted from.
	const figures = [...document.querySelectorAll('figure.chart')].filter((f) => f.querySelector('figcaption'));
	const marker = (i, where) => {
		const m = document.createElement('div');
		m.style.cssText = 'height:0;overflow:visible;font-size:4px;line-height:1;color:#000';
		m.textContent = 'ZQ' + i + '-' + where + 'ZQ';
		return m;
	};
	figures.forEach((figure, i) => {
		const svgs = figure.querySelectorAll('svg[role=img]');
		figure.querySelector('figcaption').before(marker(i, 'start'));
		figure.querySelector('figcaption').after(marker(i, 'mid'));
		// A chart may come in two layouts (phone and desktop), one hidden: after the last one.
		svgs[svgs.length - 1].after(marker(i, 'end'));
	});
	return figures.length;
})()`;

/** Where the markers of figure number `i` are in a PDF: marker -> the pages (1-based) it is on. */
export function marksOf(pages: { joined: string }[], i: number): Record<string, number[]> {
	const where: Record<string, number[]> = {};
	pages.forEach((p, n) => {
		for (const m of p.joined.matchAll(new RegExp(`ZQ${i}-(\\w+?)ZQ`, 'g')))
			(where[m[1]] ??= []).push(n + 1);
	});
	return where;
}
