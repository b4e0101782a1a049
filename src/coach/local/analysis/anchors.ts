/** Lookbehind for "at the start of a sentence or line" (after optional quotes, bullets, markup). */
export const SENTENCE_START = '(?<=(?:^|[.!?…\\n:;])[\\s"“(*_>•-]*)';
