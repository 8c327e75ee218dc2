// Unit tests run in Node without a browser; getViteConfig gives them Astro's aliases and astro/zod.
/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
