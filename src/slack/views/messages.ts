/**
 * Short replies: usage help, progress, errors, limits, and the Messages tab welcome.
 * The usage lines are data so new commands (channel reminders, breaks) add a line, not code.
 */
import type { KnownBlock } from '@slack/types';
import { MAX_DRAFT_CHARS } from '../../coach/schemas.ts';
import { ACTION_WELCOME_PROMPT, COACH_COMMAND } from '../ids.ts';
import { button, context, type SlackMessage, section } from './blocks.ts';
import { escapeMrkdwn, MAX_MESSAGE_BLOCKS } from './escape.ts';

export interface UsageLine {
  /** How to invoke it, shown as code (e.g. "/coach prep <situation>"); null for non-command entry points. */
  usage: string | null;
  /** What it does (mrkdwn we wrote; no user text). */
  what: string;
}

/** /coach help, in display order. Add new commands here (e.g. `/coach watch on|off`, `/coach break 10m`). */
export const USAGE_LINES: UsageLine[] = [
  { usage: `${COACH_COMMAND} <draft>`, what: 'Review a draft before you send it. Only you see the review.' },
  { usage: COACH_COMMAND, what: 'Open a form to paste a longer draft and say who it is for.' },
  {
    usage: `${COACH_COMMAND} prep <situation>`,
    what: 'Get a plan for a difficult conversation, then practise it.',
  },
  {
    usage: `${COACH_COMMAND} watch on|off|status`,
    what: 'Let Parley suggest a short break when a thread in this channel heats up (anyone can change it).',
  },
  {
    usage: `${COACH_COMMAND} break [10m|30m|1h]`,
    what: 'Get a DM reminder to come back with fresh eyes; alone, lists your pending breaks.',
  },
  { usage: `${COACH_COMMAND} help`, what: 'Show this help.' },
  {
    usage: null,
    what: '*Coach this message*: on any message, open *⋮ More actions* to see how it may land and how to reply.',
  },
  {
    usage: null,
    what: 'Message Parley in the *Messages* tab to prepare for a conversation and practise it.',
  },
];

export function usageText(lines: readonly UsageLine[] = USAGE_LINES): string {
  return lines
    .map((line) => (line.usage ? `• \`${escapeMrkdwn(line.usage)}\` ${line.what}` : `• ${line.what}`))
    .join('\n');
}

export function buildUsage(): SlackMessage {
  return {
    text: `How to use Parley: ${COACH_COMMAND} &lt;draft&gt;, ${COACH_COMMAND} prep &lt;situation&gt;, ${COACH_COMMAND} help.`,
    blocks: [
      section('*Parley helps you say hard things well.*'),
      section(usageText()),
      context('Drafts are never stored or logged.'),
    ],
  };
}

export type ThinkingKind = 'review' | 'plan' | 'reply';

export const THINKING_TEXT: Record<ThinkingKind, string> = {
  review: 'Reviewing your draft…',
  plan: 'Preparing your plan…',
  reply: 'Thinking about a reply…',
};

export function buildThinking(kind: ThinkingKind): SlackMessage {
  const text = THINKING_TEXT[kind];
  return { text, blocks: [context(`:hourglass_flowing_sand: ${text}`)] };
}

function simple(text: string, emoji?: string): SlackMessage {
  return { text, blocks: [section(emoji ? `${emoji} ${text}` : text)] };
}

export const ERROR_TEXT = "Sorry, I couldn't do that just now. Please try again in a moment.";

/** The one error users see: never the cause, which may contain their text. */
export function buildError(): SlackMessage {
  return simple(ERROR_TEXT, ':warning:');
}

export const NOT_SAVED_TEXT =
  "I couldn't save that setting, so nothing changed. Please try again in a moment.";

/** A setting change the store refused: said plainly instead of a confirmation that would be untrue. */
export function buildNotSaved(): SlackMessage {
  return simple(NOT_SAVED_TEXT, ':warning:');
}

export const DELIVERY_NOTE_TEXT = "Slack wouldn't show this where you asked, so I've sent it here.";

/** A reply that had to take another route (DM or ephemeral): the same message, with a line saying why it is here. */
export function withDeliveryNote(message: SlackMessage): SlackMessage {
  if (message.blocks.length >= MAX_MESSAGE_BLOCKS) return message;
  return {
    text: message.text,
    blocks: [context(`:information_source: ${DELIVERY_NOTE_TEXT}`), ...message.blocks],
  };
}

export function buildEmptyDraft(): SlackMessage {
  return {
    text: `Add the message you want to check after ${COACH_COMMAND}, or send ${COACH_COMMAND} alone to open a form.`,
    blocks: [
      section(
        `Add the message you want to check after \`${COACH_COMMAND}\`, for example ` +
          `\`${COACH_COMMAND} Can we talk about the deadline?\`, or send \`${COACH_COMMAND}\` alone to open a form.`,
      ),
    ],
  };
}

function count(n: number): string {
  return Math.max(0, Math.floor(n)).toLocaleString('en-US');
}

export function buildTooLong(limit: number = MAX_DRAFT_CHARS, length?: number): SlackMessage {
  const size = length === undefined ? 'That draft is too long' : `That draft is ${count(length)} characters`;
  return simple(
    `${size}; I can check up to ${count(limit)}. Try the part that matters most, or split it into two.`,
    ':scissors:',
  );
}

/** A button whose cached state is gone (the process restarted, or it timed out). */
export function buildExpired(): SlackMessage {
  return simple(
    `That review expired. Run ${COACH_COMMAND} again and I will take a fresh look.`,
    ':hourglass:',
  );
}

/** "Try another technique" named a technique Parley doesn't have (an old message, or a forged value). */
export function buildUnknownTechnique(): SlackMessage {
  return simple(
    "I don't know that technique. Pick one from the *Try another technique* list and I'll try again.",
    ':thinking_face:',
  );
}

export function buildRateLimited(): SlackMessage {
  return simple("You're going faster than I can coach. Please wait a minute and try again.", ':hourglass:');
}

/** The coach ran past its time limit (CoachTimeoutError) and was stopped; a shorter text usually helps. */
export function buildTimedOut(): SlackMessage {
  return simple(
    "I couldn't finish looking at this in time. Try a shorter version, or try again in a moment.",
    ':hourglass:',
  );
}

/** Example prompts for the Messages tab welcome (also the manifest's agent_view suggested prompts). */
export const WELCOME_PROMPTS: readonly { title: string; message: string }[] = [
  {
    title: 'Prepare for a discount call',
    message: 'Help me prepare for a call with a client who wants another 30% off',
  },
  {
    title: 'Give hard feedback',
    message: 'Help me tell a colleague their work missed the mark without starting a fight',
  },
  {
    title: 'Apologise for a mistake',
    message: "Help me apologise to a customer for yesterday's outage",
  },
];

/** A welcome button carries the prompt's position, never its text. */
export function welcomePromptValue(index: number): string {
  return `prompt_${index}`;
}

/** The welcome prompt a button value names; null for anything Parley never offered. */
export function welcomePromptFor(value: string): (typeof WELCOME_PROMPTS)[number] | null {
  const match = /^prompt_(\d{1,2})$/.exec(value);
  return match ? (WELCOME_PROMPTS[Number(match[1])] ?? null) : null;
}

export function buildWelcome(): SlackMessage {
  const blocks: KnownBlock[] = [
    section(
      ":wave: *Hi, I'm Parley.* I help you say hard things well: prepare for tough conversations, " +
        'practise them, and check drafts before you send them. Tell me about a conversation you are dreading, ' +
        'or try one of these:',
    ),
  ];
  // One section per prompt: action_ids must be unique within a block, and all three share one.
  WELCOME_PROMPTS.forEach((prompt, i) => {
    blocks.push({
      ...section(escapeMrkdwn(prompt.message), `welcome_prompt_${i}`),
      accessory: button('Try this', ACTION_WELCOME_PROMPT, welcomePromptValue(i)),
    });
  });
  blocks.push(context(`Tip: \`${COACH_COMMAND} &lt;draft&gt;\` reviews a message from any channel.`));
  return { text: "Hi, I'm Parley. I help you prepare for and practise difficult conversations.", blocks };
}
