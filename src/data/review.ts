/** When the site's content was last checked against its sources (not the build date). */
export const lastReviewed = '2026-11-26';
