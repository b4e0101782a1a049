/**
 * De-escalation cues: the next concrete moves for the writer, chosen from what the analyzer found
 * and who the message is for. In the draft's language; 2–5 cues, most important first.
 */
import type { Context, FlagKind } from '../schemas.ts';
import type { Analysis } from './analyze.ts';

type CueId =
  | 'calm'
  | 'question'
  | 'sharedGoal'
  | 'directly'
  | 'break'
  | 'wait'
  | 'apology'
  | 'specific'
  | 'nextStep'
  | 'request'
  | 'plain'
  | 'interests'
  | 'shouting'
  | Context;

const CUES: Record<'en' | 'pl', Record<CueId, string>> = {
  en: {
    calm: 'This reads calm and clear. Send it as it is, or add one line on what you need from them.',
    question: 'Ask one open question before you propose a fix: what does this look like from their side?',
    sharedGoal: 'Name the goal you both share before you make the ask.',
    directly:
      'Go to the person directly before involving their manager; bring others in together, only if the two of you get stuck.',
    break:
      'If they answer heated, suggest a short break or a call, with a time to come back, instead of another message.',
    wait: 'Wait ten minutes before sending, then read it again as the person receiving it.',
    apology:
      'Apologise without a "but": own your part, say what you are fixing and when they will hear from you.',
    specific: 'Swap judgements about the person for one specific example and its impact.',
    nextStep: 'Replace the ultimatum with a concrete next step you can both agree to.',
    request: 'Turn the order into a request with a reason and a realistic time.',
    plain: 'Say plainly what you need; sarcasm and digs read as contempt in writing.',
    interests: 'Ask what is behind their number before you answer it, and bring two or three options.',
    shouting: 'Drop the capitals and the exclamation marks; the facts carry enough weight on their own.',
    client:
      'Keep the relationship separate from the price: show you value working together, then talk numbers.',
    peer: 'Assume good intent and ask what is getting in the way before you ask for a change.',
    boss: 'Lead with the impact on goals you both own, then make your ask.',
    report: 'Give this feedback privately, be specific, and keep it about the work, not the person.',
    team: 'Frame it as a problem the team shares and invite ideas rather than assigning blame.',
    vendor: 'Be clear about what you need and by when, and ask what they need from you to deliver it.',
  },
  pl: {
    calm: 'Brzmi spokojnie i jasno. Możesz to wysłać tak, jak jest, albo dopisać jedno zdanie o tym, czego potrzebujesz.',
    question:
      'Zanim zaproponujesz rozwiązanie, zadaj jedno otwarte pytanie: jak to wygląda z drugiej strony?',
    sharedGoal: 'Zanim o coś poprosisz, nazwij cel, na którym zależy obu stronom.',
    directly:
      'Porozmawiaj najpierw bezpośrednio z tą osobą, zanim włączysz jej przełożonego; innych angażujcie razem i dopiero wtedy, gdy utkniecie.',
    break:
      'Jeśli odpowiedź będzie nerwowa, zaproponuj krótką przerwę albo rozmowę, z konkretną porą powrotu, zamiast kolejnej wiadomości.',
    wait: 'Odczekaj dziesięć minut przed wysłaniem i przeczytaj to jeszcze raz oczami odbiorcy.',
    apology: 'Przeproś bez „ale”: weź odpowiedzialność, powiedz, co naprawiasz i kiedy się odezwiesz.',
    specific: 'Zamiast oceniać osobę, podaj jeden konkretny przykład i jego skutki.',
    nextStep: 'Zamiast ultimatum zaproponuj konkretny kolejny krok, na który obie strony mogą się zgodzić.',
    request: 'Zamień polecenie w prośbę z uzasadnieniem i realnym terminem.',
    plain: 'Napisz wprost, czego potrzebujesz; sarkazm i przytyki w piśmie odbierane są jak lekceważenie.',
    interests: 'Zanim odpowiesz na podaną kwotę, zapytaj, co za nią stoi, i przygotuj dwie lub trzy opcje.',
    shouting: 'Zrezygnuj z wielkich liter i wykrzykników; same fakty mają wystarczającą wagę.',
    client: 'Oddziel relację od ceny: pokaż, że cenisz współpracę, a potem rozmawiajcie o liczbach.',
    peer: 'Załóż dobre intencje i zapytaj, co przeszkadza, zanim poprosisz o zmianę.',
    boss: 'Zacznij od wpływu na wspólne cele, a dopiero potem przedstaw swoją prośbę.',
    report: 'Przekaż tę informację zwrotną prywatnie i konkretnie; mów o pracy, a nie o osobie.',
    team: 'Przedstaw to jako wspólny problem zespołu i poproś o pomysły, zamiast szukać winnych.',
    vendor:
      'Jasno określ, czego potrzebujesz i na kiedy, i zapytaj dostawcę, czego potrzebuje, żeby to dostarczyć.',
  },
};

const UNSUPPORTED = [
  'The offline coach only checks shouting and punctuation in this language. Full coaching (risky phrases, rewrites and cues) works in English and Polish; the model engine can help with other languages.',
  'Before you send it, read it once more as the person receiving it.',
];

const MONEY =
  /\b(?:discount|price|pricing|budget|quote|offer|cheaper)\b|%|rabat|zniżk|upust|cen[aęyi]\b|budżet|taniej/u;

export interface CueOptions {
  context?: Context | null;
}

/** Cues for a supported-language draft. */
export function buildCues(draft: string, analysis: Analysis, options: CueOptions = {}): string[] {
  if (!analysis.supported || (analysis.language !== 'en' && analysis.language !== 'pl')) {
    return analysis.flags.some((f) => f.kind === 'shouting')
      ? [UNSUPPORTED[0]!, CUES.en.shouting]
      : [...UNSUPPORTED];
  }
  const text = CUES[analysis.language];
  const context = options.context ?? null;
  const kinds = new Set<FlagKind>(analysis.flags.map((f) => f.kind));
  const level = analysis.risk.level;
  if (level === 'calm' && kinds.size === 0) {
    return [text.calm, context ? text[context] : text.question];
  }

  // Moves that answer what was found, most important first.
  const found: CueId[] = [];
  const add = (id: CueId, when: boolean) => {
    if (when && !found.includes(id)) found.push(id);
  };
  add('directly', kinds.has('escalation'));
  add('apology', kinds.has('non-apology') || analysis.signals.apology > 0);
  add('nextStep', kinds.has('threat'));
  add('specific', kinds.has('blame') || kinds.has('absolute') || kinds.has('insult'));
  add('interests', MONEY.test(draft.toLowerCase()));
  add('request', kinds.has('demand'));
  add(
    'plain',
    kinds.has('sarcasm') ||
      kinds.has('passive-aggressive') ||
      kinds.has('dismissive') ||
      kinds.has('manipulation'),
  );

  // Then who the message is for, and the listening moves every tense message benefits from.
  const shared = kinds.has('demand') || context === 'client' || context === 'peer' || context === 'team';
  const picked: CueId[] = [];
  if (level === 'calm') picked.push('calm');
  picked.push(...found.slice(0, 1));
  if (context) picked.push(context);
  picked.push('question');
  if (shared) picked.push('sharedGoal');
  picked.push(...found.slice(1));
  if (level === 'heated') picked.push('wait');
  if (kinds.has('shouting')) picked.push('shouting');
  const top = [...new Set(picked)].slice(0, level === 'calm' ? 3 : 5);
  if (level === 'heated' && !top.includes('break')) top.splice(Math.min(top.length, 4), 1, 'break');
  return [...new Set(top.map((id) => text[id]))];
}
