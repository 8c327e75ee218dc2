import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RemissionChart from '~/components/RemissionChart.astro';
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { of } from '~/lib/format';
import { parse } from 'node-html-parser';

// The printable summary reuses the remission chart in its compact form, so both forms are tested.
describe('RemissionChart component', () => {
	it('by default has the chart, its key, a caption and the table', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(RemissionChart);
		expect(html).toContain('id="fig-chart-remission"');
		expect(html).toMatch(
			new RegExp(`<svg[^>]*role="img"[^>]*aria-label="${of(derived.remission)}`),
		);
		expect(html).toContain('class="chart-key"');
		expect(html).toContain('<figcaption');
		expect(html).toContain('<table');
	});

	it('when compact, keeps the chart and its key but leaves out the caption and the table', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(RemissionChart, {
			props: { compact: true, id: 'summary-remission' },
		});
		expect(html).toContain('id="summary-remission"');
		expect(html.match(/data-kind=/g)).toHaveLength(trial.treated.count);
		expect(html).toContain('class="chart-key"');
		expect(html).not.toContain('<figcaption');
		expect(html).not.toContain('<table');
	});

	it('says the same count for each name in its key and in its table', async () => {
		const container = await AstroContainer.create();
		const root = parse(await container.renderToString(RemissionChart));
		const table = new Map(
			root
				.querySelectorAll('tbody tr')
				.map((tr) => [tr.querySelector('th')!.text.trim(), tr.querySelector('td')!.text.trim()]),
		);
		const key = root.querySelectorAll('.chart-key li span').map((s) => s.text.trim());
		expect(key.length).toBeGreaterThan(0);
		for (const entry of key) {
			const [, count, name] = /^(\d+): (.+)$/.exec(entry)!;
			expect(table.get(name!), entry).toBe(count);
		}
	});
});
