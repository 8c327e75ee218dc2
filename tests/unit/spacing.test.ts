import { describe, expect, it } from 'vitest';
import { gluedText } from '../tools/lib/spacing';

describe('words glued to a tag', () => {
	it('finds a word run into a link, before or after it', () => {
		expect(
			gluedText(
				'<p>with its sources:<a href="/a.csv">the data</a> or<a href="/b">as JSON</a>.</p>',
			),
		).toHaveLength(2);
		expect(gluedText('<p>see <a href="#x">the glossary</a>now</p>')).toEqual([
			'see ⟨tag⟩the glossary⟨tag⟩now⟨tag⟩',
		]);
		expect(gluedText('<p>That is<strong>93%</strong>.</p>')).toHaveLength(1);
	});

	it('accepts spaces, brackets and punctuation next to a tag', () => {
		expect(
			gluedText(
				'<p>(sources: <a href="#s">JCI paper</a>; <a href="#t">news</a>)</p><p>“<em>quoted</em>”, <strong>27</strong>.</p>',
			),
		).toEqual([]);
	});

	it('ignores scripts, styles and drawings', () => {
		expect(gluedText('<script>a<b>c</b>d</script><svg><text>x<a>y</a>z</text></svg>')).toEqual([]);
	});
});
