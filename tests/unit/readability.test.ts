import { describe, expect, it } from 'vitest';
import { chapterTexts, grade } from '../tools/lib/readability.ts';

describe('grade', () => {
	it('scores short plain sentences low and long, many-syllable ones high', () => {
		// 0.39 × 6 words/sentence + 11.8 × 1 syllable/word − 15.59 = −1.45, rounded half up
		expect(grade('The cat sat on the mat.')).toEqual({ grade: -1.4, words: 6, sentences: 1 });
		const hard = grade(
			'Immunotherapeutic interventions demonstrated considerable effectiveness in participants with refractory malignancies.',
		);
		expect(hard.grade).toBeGreaterThan(9);
	});
});

describe('chapterTexts', () => {
	const html = `<main>
		<article class="chapter-page"><p class="chapter-meta">Chapter 1 of 2</p><h1 id="a">First &amp; best</h1>
			<p>Cells go back. <span class="src">[1]</span> <button>CAR</button><span popover>CAR: a receptor.</span></p>
			<ul><li>One point</li></ul>
			<figure><svg><text>chart label</text></svg><table><tr><td>27</td></tr></table></figure>
			<dl><dt>CAR</dt><dd>A receptor.</dd></dl>
		</article>
		<section class="other"><p>Not a chapter.</p></section>
	</main>`;
	it('keeps the prose of each chapter, one sentence per block, and drops the rest', () => {
		expect(chapterTexts(html)).toEqual([
			{ title: 'First & best', text: 'First & best. Cells go back. CAR. One point.' },
		]);
	});
});
