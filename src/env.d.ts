declare namespace App {
	interface Locals {
		/** How many glossary terms this page has rendered so far: each popover gets its own id. */
		termCount?: number;
	}
}
