/**
 * Telling a command from a draft in `/coach <text>`. The rule, in full:
 *
 * 1. A known subcommand word typed exactly (`help`, `prep`, `watch`, `break`) runs it, as before.
 *    Its entry in subcommands.ts says how it reads the rest: a rest that is one bare word the
 *    subcommand cannot read (`watch maybe`, `break soon`) gets that subcommand's usage, while a
 *    rest of several words, or with punctuation (`break the news gently`, `Watch it.`), is a draft.
 * 2. The same word in another case (`Help`, `WATCH`) runs it when it stands alone or when the
 *    rest reads as its arguments (`Watch on`, `Break 10m`); otherwise it is a draft ("Help me
 *    understand…"), since drafts start with capitals and commands rarely do.
 * 3. Text of one bare word (letters only, at most a trailing "?") that is a command word Parley
 *    does not have (`settings`, `status`, `pomoc`) or a near miss of one or of a subcommand
 *    (`wach`, `brake`, `prepp`, `setings`) gets "did you mean …" and the help, never a review.
 *    A near miss starts with the same letter and is one edit away from a four-letter word, two
 *    from a longer one (typos keep the first letter; "Great" is not "break"); words under four
 *    letters ("on", "off") only count exactly. Real words that are that close and are sent on
 *    their own as messages ("Hell", "Which", "Pass") stay drafts.
 * 4. A near miss followed by the arguments of that subcommand (`wach on`, `brake 10m`) gets
 *    "did you mean" too: nobody writes "brake 10m" as a message.
 * 5. Everything else is a draft. One- and two-word drafts ("Fine.", "Whatever", "No", "Hey") are
 *    never near a command, so they are reviewed.
 * Anyone whose draft is taken for a command can still check it: every such reply says that
 * `/coach` alone opens a form to paste it into.
 */

import type { CommandSuggestion as Suggestion } from '../../views/did-you-mean.ts';

/** Words people type as commands that Parley has no subcommand for, and where they should look. */
const COMMAND_WORDS: Readonly<Record<string, Suggestion>> = {
  settings: { kind: 'home' },
  preferences: { kind: 'home' },
  prefs: { kind: 'home' },
  config: { kind: 'home' },
  options: { kind: 'home' },
  ustawienia: { kind: 'home' },
  status: { kind: 'subcommand', usage: 'watch status' },
  on: { kind: 'subcommand', usage: 'watch on' },
  off: { kind: 'subcommand', usage: 'watch off' },
  unwatch: { kind: 'subcommand', usage: 'watch off' },
  pause: { kind: 'subcommand', usage: 'break 10m' },
  przerwa: { kind: 'subcommand', usage: 'break 10m' },
  reminder: { kind: 'subcommand', usage: 'break 10m' },
  practice: { kind: 'subcommand', usage: 'prep <situation>' },
  practise: { kind: 'subcommand', usage: 'prep <situation>' },
  review: { kind: 'subcommand', usage: '<draft>' },
  usage: { kind: 'subcommand', usage: 'help' },
  commands: { kind: 'subcommand', usage: 'help' },
  pomoc: { kind: 'subcommand', usage: 'help' },
  hilfe: { kind: 'subcommand', usage: 'help' },
};

/**
 * Real words within a near miss of a command word that people send as a whole message, found by
 * running common English and Polish chat replies through the rule (the drafts that must stay
 * drafts are listed in tests/slack/listeners/commands/coach.test.ts).
 */
const REAL_WORDS: ReadonlySet<string> = new Set([
  'hell',
  'held',
  'helps',
  'which',
  'bread',
  'brat',
  'steps',
  'stats',
  'offer',
  'pass',
  'opinions',
  'reviews',
  'previews',
  'pomocy',
  'practical',
  'prefer',
]);

/** Shortest word that can be a near miss: below it every word is one edit from another. */
const MIN_NEAR_MISS = 3;

/** One bare word: letters only, with at most a trailing "?" ("help?"). */
const BARE_WORD = /^\p{L}+\??$/u;

export function isBareWord(text: string): boolean {
  return BARE_WORD.test(text);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/** Whether `word` (lower case) is a typo of `target`: see rule 3 above. */
export function isNearMiss(word: string, target: string): boolean {
  // "on" and "off" only count typed exactly: a two-letter word is one edit from dozens ("one", "own").
  if (target.length < MIN_NEAR_MISS + 1) return false;
  if (word === target || word.length < MIN_NEAR_MISS || word[0] !== target[0]) return false;
  if (REAL_WORDS.has(word)) return false;
  return editDistance(word, target) <= (target.length <= 4 ? 1 : 2);
}

/** The closest subcommand `word` is a near miss of, or null. */
export function nearSubcommand(word: string, subcommands: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of subcommands) {
    if (!isNearMiss(word, name)) continue;
    const distance = editDistance(word, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/**
 * What a single bare word that is not a subcommand points to: a command word Parley lacks, or a
 * near miss of a subcommand or of such a word. Null when it is no command at all (a draft).
 */
export function suggestFor(word: string, subcommands: readonly string[]): Suggestion | null {
  const lower = word.toLowerCase().replace(/\?$/, '');
  if (subcommands.includes(lower)) return { kind: 'subcommand', usage: lower };
  const known = Object.hasOwn(COMMAND_WORDS, lower) ? COMMAND_WORDS[lower] : undefined;
  if (known) return known;
  const sub = nearSubcommand(lower, subcommands);
  if (sub) return { kind: 'subcommand', usage: sub };
  let best: Suggestion | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [name, suggestion] of Object.entries(COMMAND_WORDS)) {
    if (!isNearMiss(lower, name)) continue;
    const distance = editDistance(lower, name);
    if (distance < bestDistance) [best, bestDistance] = [suggestion, distance];
  }
  return best;
}
