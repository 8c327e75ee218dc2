/**
 * Print checks read where text lands in the PDF. A chart may hold no text at all (the remission
 * chart is dots), so before printing, this script writes small markers into each chart figure: at
 * the start and end of its caption and at the top and bottom of its chart. If all four of a
 * figure's markers are on one page, caption and chart were printed together. The markers are
 * positioned so that they take no room: the page breaks where it would without them.
 */
export const markScript = `(() => {
	const figures = [...document.querySelectorAll('figure.chart')];
	figures.forEach((figure, i) => {
		const svg = figure.querySelector('svg[role=img]');
		const caption = figure.querySelector('figcaption');
		if (svg) {
			const box = svg.viewBox.baseVal;
			for (const [where, y] of [['charttop', box.y + box.width / 40], ['chartbottom', box.y + box.height - 1]]) {
				const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
				t.setAttribute('x', String(box.x + 1));
				t.setAttribute('y', String(y));
				// Small, but not so small that an engine drops it from the PDF (a 320-unit-wide chart
				// printed 62 mm wide makes 3 units about half a point).
				t.setAttribute('font-size', String(box.width / 40));
				// Plain filled text: an engine may print stroked text (the charts' halo) as outlines.
				t.setAttribute('style', 'fill:#000;stroke:none;font-family:sans-serif');
				t.textContent = 'ZQ' + i + where + 'ZQ';
				svg.append(t);
			}
		}
		if (caption) {
			for (const where of ['capstart', 'capend']) {
				const s = document.createElement('span');
				s.style.cssText = 'position:absolute;font-size:3px;line-height:1;color:#000';
				s.textContent = 'ZQ' + i + where + 'ZQ';
				if (where === 'capstart') caption.prepend(s);
				else caption.append(s);
			}
		}
	});
	return figures.map((f) => ({ id: f.id, caption: !!f.querySelector('figcaption') }));
})()`;

/** The markers of figure number `i`, as markScript writes them. */
export function marksOf(i: number, caption: boolean): string[] {
	const parts = caption
		? ['capstart', 'capend', 'charttop', 'chartbottom']
		: ['charttop', 'chartbottom'];
	return parts.map((p) => `ZQ${i}${p}ZQ`);
}
