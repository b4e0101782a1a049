/**
 * Replies in a DM conversation that are neither a review nor a plan: the short welcome a greeting
 * gets, and the answer to a question about the plan, a technique or a practice run.
 */
import type { KnownBlock } from '@slack/types';
import type { Answer, AnswerTopic, Situation } from '../../coach/schemas.ts';
import { ACTION_WELCOME_PROMPT } from '../ids.ts';
import {
  button,
  context,
  type SlackMessage,
  section,
  sections,
  techniqueName,
  uiLanguage,
} from './blocks.ts';
import { escapeMrkdwn } from './escape.ts';
import { fitMessage, piece } from './limits.ts';
import { WELCOME_PROMPTS, welcomePromptValue } from './messages.ts';
import { PLAN_LABELS } from './plan.ts';
import { footer, type ReviewNotice, type TechniqueRef } from './review.ts';

export type DmLanguage = 'en' | 'pl';

/** Suggested prompts for an agent thread (at most 4): the welcome prompts and a technique question. */
export const SUGGESTED_PROMPTS: Record<DmLanguage, readonly { title: string; message: string }[]> = {
  en: [...WELCOME_PROMPTS, { title: 'Learn a technique', message: 'What is contrasting?' }],
  pl: [
    {
      title: 'Rozmowa o rabacie',
      message: 'Pomóż mi przygotować się do rozmowy z klientem, który chce kolejne 30% rabatu',
    },
    {
      title: 'Trudny feedback',
      message: 'Pomóż mi powiedzieć koledze, że jego praca nie spełniła oczekiwań, bez kłótni',
    },
    { title: 'Przeprosiny', message: 'Pomóż mi przeprosić klienta za wczorajszą awarię' },
    { title: 'Poznaj technikę', message: 'Co to jest kontrastowanie?' },
  ],
};

const WELCOME = {
  en: {
    text: "Hi, I'm Parley. Tell me about a conversation you're dreading and I'll help you prepare, or paste a draft and I'll check it.",
    agentHint: 'Or pick one of the suggestions below.',
    buttonsHint: 'Or try one of these:',
    tryThis: 'Try this',
  },
  pl: {
    text: 'Cześć, tu Parley. Opisz rozmowę, której się obawiasz, a pomogę Ci się przygotować, albo wklej szkic wiadomości, a go sprawdzę.',
    agentHint: 'Możesz też wybrać jedną z podpowiedzi poniżej.',
    buttonsHint: 'Na przykład:',
    tryThis: 'Spróbuj',
  },
} as const;

/**
 * The answer to a greeting. In an agent thread Slack shows the suggested prompts under the
 * composer, so the message stays one line; elsewhere the prompts come as buttons (English) or as
 * examples to type (Polish: the welcome buttons carry the English prompts).
 */
export function buildShortWelcome(lang: DmLanguage, agentThread: boolean): SlackMessage {
  const l = WELCOME[lang];
  const blocks: KnownBlock[] = [section(`:wave: ${escapeMrkdwn(l.text)}`)];
  if (agentThread) {
    blocks.push(context(l.agentHint));
  } else if (lang === 'en') {
    blocks.push(context(l.buttonsHint));
    WELCOME_PROMPTS.forEach((prompt, i) => {
      blocks.push({
        ...section(escapeMrkdwn(prompt.message), `dm_welcome_prompt_${i}`),
        accessory: button(l.tryThis, ACTION_WELCOME_PROMPT, welcomePromptValue(i)),
      });
    });
  } else {
    const examples = SUGGESTED_PROMPTS.pl.map((p) => `• ${escapeMrkdwn(p.message)}`).join('\n');
    blocks.push(section(`${l.buttonsHint}\n${examples}`));
  }
  return { text: l.text, blocks };
}

const THANKS = {
  en: 'Glad to help. Tell me how it goes, or ask me anything about the plan.',
  pl: 'Cieszę się, że mogę pomóc. Daj znać, jak poszło, albo zapytaj o cokolwiek w planie.',
} as const;

/** The answer to "thanks" or "ok": one line, nothing to coach. */
export function buildThanks(lang: DmLanguage): SlackMessage {
  return { text: THANKS[lang], blocks: [section(`:slightly_smiling_face: ${THANKS[lang]}`)] };
}

/** The heading of an answer: the technique's name or the plan section it answers from. */
export function answerHeading(
  topic: AnswerTopic | null,
  techniques: readonly TechniqueRef[],
  lang: DmLanguage,
): string | null {
  if (!topic) return null;
  if (topic.kind === 'technique') return techniqueName(topic.id, techniques, lang);
  return PLAN_LABELS[lang][topic.field];
}

export interface BuildAnswerOptions {
  topic: AnswerTopic | null;
  techniques: readonly TechniqueRef[];
  notice?: ReviewNotice;
}

/** An answer to a DM question: a heading when the topic is known, the answer, who answered. */
export function buildAnswer(answer: Answer, opts: BuildAnswerOptions): SlackMessage {
  const lang = uiLanguage(answer.language);
  // A model answer is about the question as asked; the router's guess only titles offline ones.
  const heading = answer.engine === 'local' ? answerHeading(opts.topic, opts.techniques, lang) : null;
  const body = escapeMrkdwn(answer.text.trim());
  const blocks = fitMessage(
    [
      ...sections(body, heading ? `:bulb: ${escapeMrkdwn(heading)}` : undefined).map((b) => piece(b)),
      footer(answer.engine, opts.notice, lang),
    ],
    { language: lang },
  );
  const text = heading ? `Parley: ${heading}` : 'Parley answered your question.';
  return { text, blocks };
}

/** Thread titles (assistant.threads.setTitle): the kind of conversation, never the user's words. */
export const THREAD_TITLES: Record<DmLanguage, Record<Situation | 'review', string>> = {
  en: {
    discount: 'Discount request',
    'overdue-invoice': 'Overdue invoice',
    'price-increase': 'Price increase',
    'missed-deadline': 'Missed deadline',
    'poor-work': 'Feedback on work',
    'unresponsive-peer': 'Unresponsive colleague',
    apology: 'An apology',
    escalation: 'Escalation',
    other: 'A difficult conversation',
    review: 'Draft review',
  },
  pl: {
    discount: 'Prośba o rabat',
    'overdue-invoice': 'Zaległa faktura',
    'price-increase': 'Podwyżka ceny',
    'missed-deadline': 'Przekroczony termin',
    'poor-work': 'Feedback o pracy',
    'unresponsive-peer': 'Kolega, który nie odpowiada',
    apology: 'Przeprosiny',
    escalation: 'Eskalacja',
    other: 'Trudna rozmowa',
    review: 'Sprawdzenie szkicu',
  },
};
