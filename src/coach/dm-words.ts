/**
 * The words dm-intent.ts routes on, English and Polish side by side. Patterns that run on
 * words() output see lowercase letters, digits, spaces and apostrophes only; the others see the
 * message as written. `(?<!\p{L})` stands in for \b, which knows no Polish letters.
 */
import type { PlanField } from './schemas.ts';

/** A whole message that is only a greeting (after words() and the fillers are removed), and its language. */
export const GREETINGS: ReadonlyMap<string, 'en' | 'pl'> = new Map([
  ...[
    'hi',
    'hello',
    'hey',
    'hiya',
    'howdy',
    'yo',
    'hi there',
    'hello there',
    'hey there',
    'good morning',
    'good afternoon',
    'good evening',
    'morning',
    'greetings',
  ].map((g) => [g, 'en'] as const),
  ...[
    'cześć',
    'czesc',
    'hej',
    'hejka',
    'siema',
    'witam',
    'witaj',
    'dzień dobry',
    'dzien dobry',
    'dobry wieczór',
    'dobry wieczor',
  ].map((g) => [g, 'pl'] as const),
]);

/** A whole message that only thanks or acknowledges ("thanks!", "ok, got it", "dzięki"), and its language. */
export const ACKNOWLEDGEMENTS: ReadonlyMap<string, 'en' | 'pl'> = new Map([
  ...[
    'thanks',
    'thank you',
    'thx',
    'ty',
    'ok',
    'okay',
    'ok thanks',
    'ok thank you',
    'thanks a lot',
    'great',
    'great thanks',
    'cool',
    'perfect',
    'got it',
    'ok got it',
    'thanks got it',
    'great thank you',
    'thanks so much',
    'thank you so much',
    'many thanks',
    'makes sense',
    'ok makes sense',
    'nice',
    'awesome',
  ].map((g) => [g, 'en'] as const),
  ...['dzięki', 'dzieki', 'dziękuję', 'dziekuje', 'super', 'ok dzięki', 'jasne', 'rozumiem', 'świetnie'].map(
    (g) => [g, 'pl'] as const,
  ),
]);

/** Words that may ride along with a greeting without making it more than one. */
export const GREETING_FILLERS: readonly RegExp[] = [/(?<!\p{L})(?:parley|again|all|everyone)(?!\p{L})/gu];

/** "review this: …", "check: …", "sprawdź: …": an explicit request for a review. */
export const REVIEW_PREFIX =
  /^\s*(?:please\s+|proszę\s+)?(?:review|check|proofread|sprawdź|sprawdz|oceń|ocen)(?:\s+(?:this|my\s+draft|my\s+message|it|to|mój\s+szkic|moją\s+wiadomość|tę\s+wiadomość))?\s*[:：\-–—]\s*/i;

/** A question by its opening word (auxiliary verbs count only with a question mark). */
export const QUESTION_START =
  /^(?:what|what's|whats|how|why|when|where|who|which|co|jak|dlaczego|czemu|kiedy|gdzie|kto|ile|czy)(?![\p{L}'’])/iu;

/** "Explain contrasting", "co to jest kontrastowanie": asking about a technique without a question mark. */
export const TECHNIQUE_QUESTION_START =
  /^(?:explain|tell me (?:more )?about|define|wyjaśnij|wyjasnij|opowiedz(?: mi)? o|co to (?:jest|znaczy))(?![\p{L}])/iu;

/** A draft that opens by greeting someone by name: "Hi Bob,", "Dear team,", "Cześć Aniu,". */
export const SALUTATION =
  /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening)|[Cc]ze[śs][ćc]|[Hh]ej|[Ww]ita[mj]|[Dd]zie[ńn] dobry|[Ss]zanown\p{L}*|[Dd]rog\p{L}*)\s+(?![Pp]arley(?!\p{L}))(?!I(?!\p{L}))(?:team|all|everyone|folks|wszystkim|zespole|[\p{Lu}@<][^\s,!]*)[^\n,!]{0,30}[,!\n]\s*\S/u;

/** A draft that opens by addressing a group: "Team,", "All,", "Everyone:". */
export const GROUP_ADDRESS =
  /^(?:team|all|everyone|folks|hi all|hello all|hey all|zespole|wszyscy|kochani)\s*[,:!]\s*\S/iu;

/** A draft that ends with a sign-off, and maybe a name on the next line. */
export const DRAFT_SIGN_OFF =
  /\n\s*(?:thanks|thank you|best|best regards|kind regards|regards|cheers|pozdrawiam|pozdrowienia|dzięki|dziękuję|z poważaniem)[,!.]?\s*(?:\n[^\n]{1,40})?\s*$/i;

/**
 * Speaking to someone: "you", "ty", "cię", "wam", and Polish past-tense second person. Polish
 * words that are also English words ("was", "on", "one") are left out of both lists.
 */
export const SECOND_PERSON =
  /(?<!\p{L})(?:you|your|yours|you're|ty|cię|ciebie|tobie|twój|twoja|twoje|twoich|twoim|wy|wam|wasz|wasza|wasze|\p{L}+(?:łeś|łaś|liście|łyście))(?!\p{L})/iu;

/** Telling Parley about people and asking for help: the marks of a situation, not a draft. */
export const NARRATION =
  /(?<!\p{L})(?:help me|how (?:do|can|should) i|i need to|i have to|i want to|prepare|my (?:boss|manager|client|customer|colleague|coworker|co-worker|teammate|team|report|vendor|supplier|partner|lead)|a (?:client|customer|colleague|vendor)|they|them|their|he|she|his|her|someone|pomóż|pomoz|pomóc|muszę|musze|chcę|przygotuj|mój szef|moja szefowa|mój klient|klient chce|szef chce|kolega|koleżanka|współpracowni\p{L}*|oni|ona|jego|jej|ich)(?!\p{L})/iu;

/**
 * Which plan field a question is about, tried in order (the first match wins): a threat to leave
 * is about heat before it is about concessions.
 */
export const PLAN_FIELD_WORDS: readonly { field: PlanField; pattern: RegExp }[] = [
  { field: 'takeABreak', pattern: /(?<!\p{L})(?:break|pause|time ?out|step away|przerw\p{L}*|pauz\p{L}*)/u },
  {
    field: 'ifItHeatsUp',
    pattern:
      /(?<!\p{L})(?:threat\p{L}*|leave|leaving|walk (?:away|out)|cancel\p{L}*|quit|competitor\p{L}*|angry|shout\p{L}*|yell\p{L}*|heat\p{L}*|escalat\p{L}*|upset|rude|insult\p{L}*|cry|cries|crying|gro[żz]\p{L}*|zagro[żz]\p{L}*|odej\p{L}*|rezygn\p{L}*|konkurenc\p{L}*|zdenerw\p{L}*|krzycz\p{L}*|wściek\p{L}*|nerw\p{L}*)/u,
  },
  {
    field: 'questionsToAsk',
    pattern:
      /(?<!\p{L})(?:what (?:should|do|can|could) i ask|questions? to ask|ask them|zapyta\p{L}*|pyta\p{L}*)/u,
  },
  {
    field: 'opening',
    pattern:
      /(?<!\p{L})(?:open\p{L}*|start\p{L}*|begin\p{L}*|first (?:thing|line|words?)|kick off|zacz\p{L}*|pierwsze zdanie|otworzy\p{L}*|na pocz\p{L}*)/u,
  },
  {
    field: 'nonNegotiables',
    pattern:
      /(?<!\p{L})(?:hold|red line|must not|non-negotiable\p{L}*|never agree|stand firm|budge|bottom line|trzyma\p{L}*|nieprzekraczaln\p{L}*|granic\p{L}*)/u,
  },
  {
    field: 'concessions',
    pattern:
      /(?<!\p{L})(?:give|concede|concession\p{L}*|offer|compromise|trade|discount\p{L}*|ustąp\p{L}*|ustap\p{L}*|zaoferowa\p{L}*|kompromis\p{L}*|rabat\p{L}*|zni[żz]k\p{L}*)/u,
  },
  {
    field: 'theirInterests',
    pattern:
      /(?<!\p{L})(?:why (?:do|does|would|are|is) (?:they|he|she)|what do (?:they|he|she) (?:want|need)|behind|motivat\p{L}*|czego (?:chc\p{L}*|potrzebuj\p{L}*)|co (?:nimi|nim|nią) kieruje|dlaczego (?:oni|on|ona))/u,
  },
  {
    field: 'theirPosition',
    pattern: /(?<!\p{L})(?:expect|will (?:they|he|she) (?:ask|say|want)|spodziewa\p{L}*|o co poprosz\p{L}*)/u,
  },
  { field: 'commonGround', pattern: /(?<!\p{L})(?:common ground|agree on|share|wspóln\p{L}*)/u },
  {
    field: 'options',
    pattern:
      /(?<!\p{L})(?:options?|alternatives?|solutions?|what else|win[- ]win|opcj\p{L}*|rozwiąza\p{L}*|alternatyw\p{L}*)/u,
  },
  {
    field: 'followUp',
    pattern:
      /(?<!\p{L})(?:afterwards?|after (?:the|our) (?:call|meeting|conversation|talk)|follow[- ]?up|next steps?|po rozmowie|potem|nast\p{L}* kroki)/u,
  },
  {
    field: 'goal',
    pattern: /(?<!\p{L})(?:goals?|aim|outcome|achiev\p{L}*|cel|celem|osiągn\p{L}*)(?!\p{L})/u,
  },
];
