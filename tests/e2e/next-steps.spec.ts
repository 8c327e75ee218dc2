/**
 * What a reader can do next: the summary's questions for the care team (tick, print, take along),
 * the help line and the trial search, and the chapter "What this means for you today".
 * Printed PDFs are read back as text with pdf.js, so a test sees what the paper shows.
 */
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { existsSync } from 'node:fs';
import { allQuestions, nextSteps, telHref } from '../../src/data/next-steps';
import { allQuestionsEs, nextStepsEs } from '../../src/data/next-steps-es';
import { expectNoAxeViolations } from './axe';

const { helpLine, trialSearch, approvedList } = nextSteps;
const formats = ['A4', 'Letter'] as const;
const first = allQuestions[0]!;

/** Words as print wraps them: one space for any run of spaces, line breaks and no-break spaces. */
const words = (s: string) =>
	s
		.replace(/\u2011/g, '-')
		.replace(/\s+/g, ' ')
		.trim();

/** Prints the page on this paper; returns its page count, its text and its smallest font in pt. */
async function print(page: Page, format: (typeof formats)[number]) {
	const pdf = await page.pdf({ format });
	const pages = (await PDFDocument.load(pdf)).getPageCount();
	const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
	let text = '';
	let smallest = Infinity;
	for (let n = 1; n <= doc.numPages; n++) {
		const { items } = await (await doc.getPage(n)).getTextContent();
		for (const item of items) {
			if (!('str' in item)) continue;
			text += item.str + (item.hasEOL ? '\n' : '');
			// The text matrix's vertical scale is the font size in PDF points.
			if (item.str.trim())
				smallest = Math.min(smallest, Math.hypot(item.transform[2], item.transform[3]));
		}
	}
	return { pages, text: words(text), smallest: Math.round(smallest * 10) / 10 };
}

const tick = (page: Page, question: string) =>
	page.getByRole('checkbox', { name: question, exact: true }).check();

// The same print checks for each edition's summary: only ticked questions print, or all when
// none is ticked, on one page of A4 and of Letter, with the lines for the reader's own questions.
for (const edition of [
	{ route: '/summary/', questions: allQuestions, own: 'Your own questions' },
	{ route: '/es/summary/', questions: allQuestionsEs, own: 'Sus propias preguntas' },
]) {
	test.describe(`${edition.route} printed with its questions`, () => {
		const [first, second] = [edition.questions[0]!, edition.questions[5]!];
		/** Left unticked: one beside a ticked question in its group, one in a group with none ticked. */
		const unticked = [edition.questions[1]!, edition.questions[9]!];
		test.beforeEach(({ page }) => page.goto(edition.route));

		for (const format of formats) {
			test(`ticked questions print on one ${format} page; unticked ones do not`, async ({
				page,
			}) => {
				await tick(page, first.text);
				await tick(page, second.text);
				const printed = await print(page, format);
				expect(printed.pages).toBe(1);
				expect(printed.text).toContain(words(first.text));
				expect(printed.text).toContain(words(second.text));
				for (const q of unticked) expect(printed.text).not.toContain(words(q.text));
				expect(printed.text).toContain(edition.own);
				expect(printed.smallest).toBeGreaterThanOrEqual(9);
			});

			test(`with nothing ticked, every question prints on one ${format} page`, async ({ page }) => {
				const printed = await print(page, format);
				expect(printed.pages).toBe(1);
				for (const q of edition.questions) expect(printed.text).toContain(words(q.text));
				expect(printed.smallest).toBeGreaterThanOrEqual(9);
			});

			test(`with every question ticked, all print on one ${format} page`, async ({ page }) => {
				for (const q of edition.questions) await tick(page, q.text);
				const printed = await print(page, format);
				expect(printed.pages).toBe(1);
				for (const q of edition.questions) expect(printed.text).toContain(words(q.text));
				expect(printed.smallest).toBeGreaterThanOrEqual(9);
			});
		}
	});
}

test.describe('the summary as an appointment companion', () => {
	test.beforeEach(({ page }) => page.goto('/summary/'));

	test('the printed page carries the help line and the trial search', async ({ page }) => {
		const { text } = await print(page, 'Letter');
		expect(text).toContain(`${helpLine.lettered} (${helpLine.digits})`);
		// A long address wraps where print finds room, so compare it without the line breaks.
		expect(text.replace(/\s/g, '')).toContain(trialSearch.url.replace('https://', ''));
	});

	test('every question is a labelled tick box in a named group', async ({ page }) => {
		for (const g of nextSteps.questionGroups) {
			const group = page.getByRole('group', { name: g.title });
			await expect(group.getByRole('checkbox')).toHaveCount(g.questions.length);
		}
		await expect(page.getByRole('checkbox')).toHaveCount(allQuestions.length);
		await expect(page.getByRole('textbox', { name: /^Your own question/ })).toHaveCount(2);
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`axe finds nothing wrong with the form, ticked, in ${colorScheme} mode`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme });
			await tick(page, first.text);
			await page.getByRole('textbox', { name: 'Your own question 1' }).fill('Can I keep working?');
			await expectNoAxeViolations(page, '.summary-questions');
		});

	test('a keyboard ticks a question and shows where the focus is', async ({ page }) => {
		const box = page.getByRole('checkbox', { name: first.text, exact: true });
		await box.focus();
		await page.keyboard.press('Space');
		await expect(box).toBeChecked();
		// A solid ring at least 2 px wide: clearer than the browser's thin default.
		const ring = await box.evaluate((el) => {
			const s = getComputedStyle(el);
			return { style: s.outlineStyle, wide: parseFloat(s.outlineWidth) >= 2 };
		});
		expect(ring).toEqual({ style: 'solid', wide: true });
	});

	test('the form has no submit button and sends nothing, even on Enter', async ({ page }) => {
		const form = page.getByRole('form', { name: 'Questions for your care team' });
		await expect(form.locator('button, [type=submit], [type=image]')).toHaveCount(0);
		const address = page.url();
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await tick(page, first.text);
		await page.keyboard.press('Enter');
		for (const line of await page.getByRole('textbox', { name: /^Your own question/ }).all()) {
			await line.fill('Can I keep working?');
			await line.press('Enter');
		}
		await page.waitForTimeout(300);
		expect(requests).toEqual([]);
		expect(page.url()).toBe(address);
	});

	test('the help line and the trial search are on the page as links', async ({ page }) => {
		await expect(page.getByRole('link', { name: /4.CANCER/ })).toHaveAttribute(
			'href',
			telHref(helpLine.digits),
		);
		await expect(page.getByRole('link', { name: /^clinicaltrials\.gov\/search/ })).toHaveAttribute(
			'href',
			trialSearch.url,
		);
	});
});

// The chapter gets its own page at /what-you-can-do/ with the one-page-per-chapter change
// (issue 10); until that is merged it renders on / at #what-you-can-do, and these tests fail.
test.describe('the chapter "What this means for you today"', () => {
	test.beforeEach(({ page }) => page.goto('/what-you-can-do/'));

	test('gives the help line, the trial search and the FDA list', async ({ page }) => {
		await expect(page.getByRole('link', { name: /4.CANCER/ })).toHaveAttribute(
			'href',
			telHref(helpLine.digits),
		);
		await expect(page.getByRole('link', { name: trialSearch.label })).toHaveAttribute(
			'href',
			trialSearch.url,
		);
		await expect(page.getByRole('link', { name: approvedList.label })).toHaveAttribute(
			'href',
			approvedList.url,
		);
	});

	test('lists every question, in its group, and leads to the summary to tick them', async ({
		page,
	}) => {
		for (const g of nextSteps.questionGroups)
			await expect(page.getByRole('heading', { name: g.title })).toBeVisible();
		for (const q of allQuestions)
			await expect(page.getByRole('listitem').filter({ hasText: q.text })).toHaveCount(1);
		await expect(page.getByRole('link', { name: 'one-page summary' })).toHaveAttribute(
			'href',
			'/summary/#s-questions',
		);
	});
});

test.describe('the Spanish summary as an appointment companion', () => {
	const first = allQuestionsEs[0]!;

	test.beforeEach(({ page }) => page.goto('/es/summary/'));

	test('every question is a tick box labelled in Spanish, in a group named in Spanish', async ({
		page,
	}) => {
		for (const g of nextStepsEs.questionGroups) {
			const group = page.getByRole('group', { name: g.title });
			await expect(group.getByRole('checkbox')).toHaveCount(g.questions.length);
			for (const q of g.questions)
				await expect(group.getByRole('checkbox', { name: q.text, exact: true })).toHaveCount(1);
		}
		await expect(page.getByRole('checkbox')).toHaveCount(allQuestionsEs.length);
		// The same element ids as the English form: a box is the same question in both.
		const ids = await page.getByRole('checkbox').evaluateAll((els) => els.map((el) => el.id));
		expect(ids).toEqual(allQuestions.map((q) => `q-${q.id}`));
		await expect(page.getByRole('textbox', { name: /^Su propia pregunta/ })).toHaveCount(2);
		await expect(page.getByRole('form', { name: 'Preguntas para su equipo médico' })).toBeVisible();
		// No English left on the form.
		const text = await page.locator('.summary-questions').innerText();
		for (const q of allQuestions) expect(text).not.toContain(q.text);
		expect(text).not.toMatch(/Your own|Questions about|Find a trial/);
	});

	test('the printed page carries the help line, in Spanish, and the trial search', async ({
		page,
	}) => {
		const { text } = await print(page, 'Letter');
		expect(text).toContain('¿Preguntas sobre el cáncer?');
		expect(text).toContain(words(nextStepsEs.helpLine.name));
		expect(text).toContain(`${nextStepsEs.helpLine.lettered} (${nextStepsEs.helpLine.digits})`);
		expect(text.replace(/\s/g, '')).toContain(nextStepsEs.trialSearch.url.replace('https://', ''));
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`axe finds nothing wrong with the Spanish form, ticked, in ${colorScheme} mode`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme });
			await tick(page, first.text);
			await page
				.getByRole('textbox', { name: 'Su propia pregunta 1' })
				.fill('¿Puedo seguir trabajando?');
			await expectNoAxeViolations(page, '.summary-questions');
		});
});

test.describe('the Spanish summary with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('reads in full, ticks without a script, and prints only the ticked questions on one page', async ({
		page,
	}) => {
		await page.goto('/es/summary/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Células CAR T');
		// Printing needs a script: without one the button stays hidden (the browser's menu prints).
		await expect(page.getByRole('button', { name: 'Imprimir esta página' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Volver a la historia completa' })).toHaveAttribute(
			'href',
			'/es/',
		);
		const [q] = allQuestionsEs;
		await tick(page, q!.text);
		for (const format of formats) {
			const printed = await print(page, format);
			expect(printed.pages).toBe(1);
			expect(printed.text).toContain(words(q!.text));
			expect(printed.text).not.toContain(words(allQuestionsEs[1]!.text));
		}
	});
});

// The Spanish chapter lists the same questions in Spanish (QuestionList.astro), once it is written.
const spanishChapter = existsSync(
	new URL('../../dist/es/what-you-can-do/index.html', import.meta.url),
);
test.describe('the Spanish chapter "what you can do"', () => {
	test.skip(!spanishChapter, 'no Spanish chapter what-you-can-do in dist/ yet');

	test('lists every question in Spanish, in its group', async ({ page }) => {
		await page.goto('/es/what-you-can-do/');
		for (const g of nextStepsEs.questionGroups)
			await expect(page.getByRole('heading', { name: g.title })).toBeVisible();
		for (const q of allQuestionsEs)
			await expect(page.getByRole('listitem').filter({ hasText: q.text })).toHaveCount(1);
	});
});
