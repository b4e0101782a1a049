/**
 * The ask a reproach implies, and the impact a feeling states. "You ALWAYS miss deadlines" wants
 * the deadlines met; "Nie odpisałeś na trzy maile w sprawie X" wants the emails answered; "I'm
 * sick of covering for you" says what it costs the writer. The words come from packs/<lang>/asks.yml;
 * finding the subject, the verb and its object is grammar, so it is here.
 */
import type { Lang } from '../packs.ts';
import { type AsksPack, asksFor } from './asks-pack.ts';
import type { Ask } from './plan.ts';

interface Compiled {
  turns: Array<{ form: RegExp; wanted: string; byObject: Array<[RegExp, string]> }>;
  fixed: Array<[RegExp, string]>;
  unannounced: RegExp;
  impacts: Array<[RegExp, string]>;
}
const COMPILED = new Map<Lang, Compiled>();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compiled(lang: Lang): Compiled {
  let c = COMPILED.get(lang);
  if (c) return c;
  const pack: AsksPack = asksFor(lang);
  const subject =
    lang === 'en'
      ? String.raw`(?<![\p{L}])(?:you|u|your (?:team|department|side|company|guys|people))(?:'ve|'re| have| has| are| is| keep| kept)?(?:\s+(?:always|constantly|continually|repeatedly|still|again|just|completely|totally|keep|kept))*\s+`
      : // No adverb prefix ("znowu…"): only the capture after the form is used, and a repeated
        // prefix would make every word start rescan the run.
        String.raw`(?<![\p{L}])`;
  c = {
    turns: Object.values(pack.turns).map((t) => ({
      form: new RegExp(
        `${subject}(?:${t.forms.map(escapeRe).join('|')})(?![\\p{L}])\\s*(.{0,80})`,
        lang === 'en' ? 'iu' : 'u',
      ),
      wanted: t.wanted,
      byObject: Object.entries(t.byObject).map(([re, verb]) => [
        new RegExp(`^(?:the |my |your )?(?:${re})`, 'iu'),
        verb,
      ]),
    })),
    fixed: pack.fixed.map((f) => [new RegExp(f.pattern, 'iu'), f.ask]),
    unannounced: new RegExp(pack.unannounced.pattern, 'iu'),
    impacts: pack.impacts.map((i) => [new RegExp(i.pattern, 'iu'), i.line]),
  };
  COMPILED.set(lang, c);
  return c;
}

/** The object of the reproach verb, up to the end of its clause, without "again", "all the time"…
 * No leading `\s*` before the alternatives: on a long space run it made every position rescan it. */
function objectOf(rest: string, lang: Lang): string {
  const stop =
    lang === 'en'
      ? /(?:\s?[,.;:!?…()]|\s(?:and|but|so|because|since|or|while|when|then|which)\s|\s(?:again|all the time|every (?:single )?time|constantly|anymore|lately|as usual|like always)(?![\p{L}])|$)/iu
      : /(?:\s?[,.;:!?…()]|\s(?:i|a|ale|bo|więc|czy|albo|gdy|kiedy|mimo)\s|\s(?:znowu|znów|ciągle|jak zawsze|jak zwykle|po raz kolejny)(?![\p{L}])|$)/iu;
  const m = stop.exec(rest);
  return (m ? rest.slice(0, m.index) : rest).trim();
}

/** "deadlines" → "the deadlines": a bare English plural reads as a verdict; the definite one as these. */
function withArticle(object: string): string {
  if (
    /^(?:the|my|your|our|their|this|that|these|those|a|an|any|some|\d|two|three|four|five|six)\b/i.test(
      object,
    )
  )
    return object;
  return /^\p{Ll}+s(?:\s|$)/u.test(object) ? `the ${object}` : object;
}

/** Polish past tense (2nd person, or with Pan / Pani) → infinitive: "odpisałeś" → "odpisać". */
const PL_PAST =
  /(?<![\p{L}])nie\s+(\p{L}{2,}?)(?:łeś|łaś|liście|łyście|łeście|ł(?=\s+Pan(?![\p{L}]))|ła(?=\s+Pani(?![\p{L}]))|li(?=\s+Państwo))(?:\s+(?:Pan|Pani|Państwo)(?![\p{L}]))?\s+(.{2,100})/iu;
/** Stems whose infinitive ends in -eć, not -ać ("miał" → mieć, "odpowiedział" → odpowiedzieć). */
const PL_EC = /(?:mia|widzia|wiedzia|powiedzia|zapomnia|rozumia|musia|chcia|siedzia|słysza|myśla|woli)$/u;

/** Verbs that take the genitive with or without negation ("dotrzymać ustaleń", "pilnować terminów"). */
const PL_GENITIVE = /^(?:dotrzyma|przestrzega|pilnowa|unika|potrzebowa|słucha|szuka|udziela|dopilnowa)$/iu;

function plInfinitive(stem: string): string {
  if (stem.endsWith('ę')) return `${stem.slice(0, -1)}ąć`;
  if (PL_EC.test(stem)) return `${stem.slice(0, -1)}eć`;
  return `${stem}ć`;
}

/** "changed" → "changing" (past minus -ed, plus -ing: "moved" → moving, "stopped" → stopping). */
const gerund = (past: string) => `${past.replace(/e?d$/i, '')}ing`;

export function reproachAsk(text: string, lang: Lang): Ask | null {
  const c = compiled(lang);
  const pack = asksFor(lang);
  const u = c.unannounced.exec(text);
  if (u) {
    const phrase = pack.unannounced.ask
      .replace('{gerund}', gerund(u[1]!.toLowerCase()))
      .replace('{object}', u[2]!.trim());
    return { kind: 'verb', subject: 'you', phrase };
  }
  for (const [re, ask] of c.fixed) if (re.test(text)) return { kind: 'verb', subject: 'you', phrase: ask };
  if (lang === 'pl') {
    const m = PL_PAST.exec(text);
    if (m) {
      const object = objectOf(m[2]!, lang);
      // Negation puts the object in the genitive ("nie wysłałeś raportu"); the ask needs the
      // accusative, so only a prepositional object or a verb that takes the genitive anyway is safe.
      const safe = /^(?:na|o|do|z|ze|w|we|przed|po|od|dla|u)\s/iu.test(object) || PL_GENITIVE.test(m[1]!);
      if (safe && object.split(/\s+/).length <= 10)
        return { kind: 'verb', subject: 'you', phrase: `${plInfinitive(m[1]!)} ${object}`.trim() };
    }
  }
  for (const t of c.turns) {
    const m = t.form.exec(text);
    if (!m) continue;
    const object = withArticle(objectOf(m[1] ?? '', lang).replace(/^(?:me|us)\s+(?=\p{L})/iu, ''));
    if (object.split(/\s+/).length > 10) continue;
    const verb = t.byObject.find(([re]) => re.test(object))?.[1] ?? t.wanted;
    // "interrupt me" → "let me finish": the pronoun object is the writer, already in the verb.
    const rest = /^(?:me|us|mnie|nas)$/iu.test(object) ? '' : object;
    const phrase = `${verb} ${rest}`.trim();
    if (!rest && / (?:to|in|na|o)$/u.test(verb)) continue;
    return { kind: 'verb', subject: 'you', phrase };
  }
  return null;
}

/** What the draft's feeling says it costs the writer, as a calm I-statement, or null. */
export function impactOf(text: string, lang: Lang): string | null {
  for (const [re, line] of compiled(lang).impacts) if (re.test(text)) return line;
  return null;
}
