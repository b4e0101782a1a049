/**
 * Offline answers to DM questions. The offline coach cannot reason about a free question, so it
 * answers with what it knows: the technique card the question names (from prompts/techniques),
 * or the part of the plan the question is about. The plan is made again from the situation when
 * the thread's plan is no longer cached (offline plans are deterministic, so it is the same plan).
 */
import type { AnswerInput } from '../coach.ts';
import type { Answer, PlanField, PrepPlan } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { preparePlan } from './prepare.ts';
import { type PlanLanguage, replyLanguage } from './situation.ts';

const TEXT = {
  en: {
    when: 'When to use it:',
    example: 'Example',
    before: 'Before:',
    after: 'After:',
    unknown:
      "The offline coach can't answer that one exactly. It can tell you about the parts of your plan " +
      '(the opening, what to ask, what you could give, what you must hold, what to say if it heats up) ' +
      'and about the techniques. Here is how your plan opens:',
    noPlan:
      "I don't have a plan to answer from yet. Tell me about the conversation you are preparing for and I'll make one.",
  },
  pl: {
    when: 'Kiedy jej użyć:',
    example: 'Przykład',
    before: 'Przed:',
    after: 'Po:',
    unknown:
      'Trener offline nie odpowie dokładnie na to pytanie. Może opowiedzieć o częściach planu ' +
      '(pierwsze zdanie, pytania, co możesz dać, czego się trzymać, co powiedzieć, gdy zrobi się gorąco) ' +
      'i o technikach. Tak zaczyna się Twój plan:',
    noPlan: 'Nie mam jeszcze planu, z którego mógłbym odpowiedzieć. Opisz rozmowę, do której się szykujesz.',
  },
} as const;

const bulleted = (items: readonly string[]) => items.map((item) => `• ${item}`).join('\n');

/** A plan field as text: a list as bullets, a sentence as itself. */
export function planFieldText(plan: PrepPlan, field: PlanField): string {
  const value = plan[field];
  return Array.isArray(value) ? bulleted(value) : value;
}

function techniqueCard(techniques: TechniqueLibrary, id: string, language: PlanLanguage): string {
  const t = techniques.get(id);
  const l = TEXT[language];
  const example = t.examples[language];
  const exampleText = `${l.example}\n${l.before} ${example.before}\n${l.after} ${example.after}`;
  if (language === 'pl') {
    // The card's prose is English only; Polish answers keep to the Polish phrasing and example.
    const phrases = t.phrasing.pl.slice(0, 3).map((p) => p.text);
    return [bulleted(phrases), exampleText].join('\n\n');
  }
  return [t.summary, `${l.when} ${t.when}`, t.howTo, exampleText].join('\n\n');
}

export function answerQuestion(input: AnswerInput, techniques: TechniqueLibrary): Answer {
  const language = replyLanguage(`${input.question}\n${input.situation}`, input.language);
  const l = TEXT[language];
  const topic = input.topic ?? null;
  const answer = (text: string, used: string[] = []): Answer => ({
    engine: 'local',
    language,
    text,
    techniques: used,
  });
  if (topic?.kind === 'technique' && techniques.has(topic.id)) {
    return answer(techniqueCard(techniques, topic.id, language), [topic.id]);
  }
  const plan =
    input.plan ??
    (input.situation.trim() ? preparePlan(input.situation, { ...input, language }, techniques) : null);
  if (!plan) return answer(l.noPlan);
  if (topic?.kind === 'plan') return answer(planFieldText(plan, topic.field));
  return answer(`${l.unknown}\n${plan.opening}`);
}
