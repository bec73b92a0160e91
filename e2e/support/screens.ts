/**
 * The four looks a screenshot test takes: each theme at a desktop and a phone width. (`npm test`
 * keeps two opposite corners of them, by test title: see `grepInvert` in playwright.config.ts.)
 */
export const SCREENS = [
  ["light", 1440],
  ["dark", 1440],
  ["light", 390],
  ["dark", 390],
] as const;
