/**
 * Preview cards (the picture a chat app or social site shows for a shared link), drawn at build
 * time: satori lays out text as SVG, resvg turns it into a 1200×630 PNG. The font comes from
 * the @fontsource/noto-sans package (WOFF: satori cannot read WOFF2), so nothing is fetched.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardSize, siteName } from './share';

/** What a card says. */
export interface Card {
	/** The chapter (or story) title, large. */
	title: string;
	/** One line under it. */
	summary: string;
	/** The headline figure and what it counts, in the band at the foot. */
	figure: string;
	figureLabel: string;
}

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
	require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]>;

function loadFonts() {
	fonts ??= Promise.all(
		([400, 700] as const).map(async (weight) => ({
			name: 'Noto Sans',
			data: await readFile(fontFile(weight)),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

// Satori takes a React-like element tree; plain objects avoid a JSX runtime for one layout.
type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
	type,
	props: { style, children },
});

// Light theme colours from global.css: the card is a picture, it does not switch with dark mode.
const ink = '#1a1a1a';
const muted = '#4a4a4a';
const accent = '#0b5cad';

/** Renders a card to PNG bytes, 1200×630. */
export async function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
	// A long title (the story's own) gets a smaller size so the summary still fits.
	const titleSize = card.title.length > 60 ? 48 : 64;
	const tree = el(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			width: '100%',
			height: '100%',
			background: '#ffffff',
			borderTop: `16px solid ${accent}`,
			fontFamily: 'Noto Sans',
			color: ink,
		},
		[
			el(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					padding: '48px 64px 0',
					flexGrow: 1,
					overflow: 'hidden',
				},
				[
					el('div', { fontSize: 28, fontWeight: 700, color: accent }, siteName),
					el(
						'div',
						{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, marginTop: 28 },
						card.title,
					),
					el('div', { fontSize: 34, lineHeight: 1.35, marginTop: 24, color: muted }, card.summary),
				],
			),
			el(
				'div',
				{
					display: 'flex',
					alignItems: 'center',
					background: '#f3f1ec',
					padding: '24px 64px',
					fontSize: 30,
				},
				[
					el(
						'div',
						{ fontSize: 52, fontWeight: 700, marginRight: 28, flexShrink: 0, whiteSpace: 'nowrap' },
						card.figure,
					),
					el('div', { display: 'flex', flexShrink: 1, color: muted }, card.figureLabel),
				],
			),
		],
	);
	const svg = await satori(tree as Parameters<typeof satori>[0], {
		...cardSize,
		fonts: await loadFonts(),
	});
	return new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width } })
		.render()
		.asPng() as Uint8Array<ArrayBuffer>;
}
