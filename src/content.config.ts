import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { fillTokens } from './lib/tokens';

/**
 * The story, one chapter a file in content/story. The home page renders the chapters by `order`;
 * `section` becomes the chapter's h2 id, so a shared link keeps working when chapters move.
 */
const story = defineCollection({
	loader: glob({ base: './content/story', pattern: '**/*.mdx' }),
	schema: z.object({
		title: z.string().min(1),
		section: z
			.string()
			.regex(/^[a-z][a-z0-9-]*$/, 'section must be a lower-case slug, e.g. "how-it-works"'),
		/** One line for previews and the contents; figures as {tokens}, filled from the data module. */
		summary: z
			.string()
			.min(10)
			.max(200)
			// Checked here, so an unknown token fails the build naming it and its chapter; story.ts
			// fills the tokens in later, in the chapter's language.
			.superRefine((s, ctx) => {
				try {
					fillTokens(s);
				} catch (e) {
					ctx.addIssue({ code: 'custom', message: (e as Error).message });
				}
			}),
		order: z.number().int().positive(),
	}),
});

export const collections = { story };
