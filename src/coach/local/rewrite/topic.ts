/**
 * Keeping the draft's point when a judging clause goes. "You ALWAYS miss deadlines" is dropped
 * (it judges the person), but the rewrite should still say what it is about: "I've noticed a
 * pattern around missing deadlines". And "I'm sick of covering for you" vents, but what it reports
 * is real impact: "I've been covering for you". English only; other languages keep the general
 * observation line.
 */

const ABSOLUTE_YOU =
  /^(?:(?:and|but|so|because|since)\s+)?you(['’]re|\s+are)?\s+(always|never|constantly|continually|forever|consistently|keep|keep\s+on)\s+([a-z]+)((?:\s+[a-z'’-]+){1,5})\s*[.!?…]*$/i;
const FED_UP =
  /^(?:(?:and|but|so)\s+)?(?:i['’]m|i\s+am)\s+(?:so\s+|really\s+|just\s+)?(?:sick|tired|fed\s+up)(?:\s+and\s+tired)?\s+of\s+([a-z]+ing)((?:\s+[a-z'’-]+){0,5})\s*[.!?…]*$/i;

/** Words that make a topic a verdict again, or refer back to nothing. */
const LOADED =
  /\b(?:always|never|again|stupid|useless|lazy|incompetent|sloppy|idiot\w*|crap|shit|damn|hell|fault|blame|excuses?|nonsense|ridiculous|everything|anything|nothing|it|this|that)\b/i;

/** "miss" → "missing", "make" → "making", "forget" → "forgetting", "be" → "being". */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v.endsWith('ing')) return v;
  if (v === 'be') return 'being';
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (v.endsWith('e') && !v.endsWith('ee') && v.length > 2) return `${v.slice(0, -1)}ing`;
  // One syllable ending consonant-vowel-consonant doubles its last letter ("forget" → "forgetting").
  if (/^(?:[^aeiou]*[aeiou][bdgklmnprt]|forget|regret|submit|commit|admit|omit|permit)$/.test(v))
    return `${v}${v.at(-1)}ing`;
  return `${v}ing`;
}

/**
 * For "you always/never/keep <verb> <words>", the habit it describes as a gerund phrase ("missing
 * deadlines", "not answering emails"); null when the clause has another shape or the words judge.
 */
export function habitOf(clause: string): string | null {
  const m = ABSOLUTE_YOU.exec(clause.trim());
  if (!m) return null;
  const [, are, absolute, verb, rest] = m;
  const words = rest!.trim().replace(/\s+/g, ' ').toLowerCase();
  if (LOADED.test(words) || LOADED.test(verb!)) return null;
  // "your/my X" speaks to the reader again; the habit reads better without the owner.
  const object = words
    .replace(/^(?:your|my)\s+/, '')
    .replace(/(?<!\s)\s*\b(?:for|to|with|at) (?:me|us|you)$/, '');
  if (!object) return null;
  const not = absolute!.toLowerCase() === 'never' ? 'not ' : '';
  // "You are always late to meetings": the word after "are" describes, it is not a verb.
  const doing = are ? `being ${verb!.toLowerCase()}` : gerund(verb!);
  return `${not}${doing} ${object}`.trim();
}

/** The observation that names the habit instead of judging the person. */
export function habitObservation(habit: string): string {
  return `I've noticed a pattern around ${habit}, and it has had an impact on our work.`;
}

/** "I'm sick of covering for you" → "I've been covering for you, and I'd like that to change."; null otherwise. */
export function impactOf(clause: string): string | null {
  const m = FED_UP.exec(clause.trim());
  if (!m) return null;
  const [, doing, rest] = m;
  const words = `${doing} ${rest ?? ''}`.trim().replace(/\s+/g, ' ').toLowerCase();
  if (LOADED.test(words)) return null;
  return `I've been ${words}, and I'd like that to change.`;
}

const FOR_TO_BE = /^for\s+(\S.*?)(?<!\s)\s+to\s+be\s+([a-z]+)\b(.*?)(?<![.!?…])[.!?…]*$/i;
const YOU_TO = /^(?:you|u)\s+to\s+([a-z].*?)(?<![.!?…])[.!?…]*$/i;

/**
 * What is left after a jab is cut from the front ("[This is the third time I'm asking] for the
 * invoice to be paid"): the thing asked for, as a plain request ("Could the invoice be paid?").
 * Null for other shapes.
 */
export function requestFromRemainder(text: string): string | null {
  const t = text.trim();
  const passive = FOR_TO_BE.exec(t);
  if (passive) return `Could ${passive[1]} be ${passive[2]}${passive[3]}?`;
  const active = YOU_TO.exec(t);
  if (active) return `Could you ${active[1]}?`;
  return null;
}
