/** English content for reading someone else's message: charitable intent, needs and reply parts. */
import type { ReadingLanguagePack } from './types.ts';

export const READING_EN: ReadingLanguagePack = {
  situations: {
    discount: (f) => ({
      intent:
        'They most likely want a price they can defend internally, and are testing how much room there is.',
      ack: f.percent
        ? `I understand the price is a concern, and that you are looking for ${f.percent} off.`
        : 'I understand the price is a concern for you.',
      not: "your concerns about the price don't matter",
      want: "I'd like to find an option that fits your budget and still works for us",
      offer: 'A few ideas we could look at: a longer term, a phased scope, or a different payment schedule.',
      ask: 'What budget are you working with, and what would you need to show internally?',
    }),
    'overdue-invoice': (f) => ({
      intent:
        'They most likely need the invoice settled to close their own books, and may have been waiting a while.',
      ack: f.amount
        ? `Thanks for the reminder about the ${f.amount} invoice.`
        : 'Thanks for the reminder about the invoice.',
      not: 'we are avoiding the payment',
      want: 'I want to get this settled and give you a date you can count on',
      offer:
        "I'm checking where it is in our approval process and will come back to you with a confirmed payment date.",
      ask: 'Is there anything about the invoice I should pass on to our finance team?',
    }),
    'price-increase': (f) => ({
      intent:
        'They most likely want to keep working together while the numbers change, and want it handled fairly.',
      ack: f.percent
        ? `Thanks for the message about the ${f.percent} change in price.`
        : 'Thanks for the message about the pricing.',
      not: "the pricing can't be discussed",
      want: "I'd like us to find terms that work for both sides",
      offer: 'Could we look at the timing, a phase-in, or a longer term together?',
      ask: 'What would make this change workable for you?',
    }),
    'missed-deadline': (f) => ({
      intent: 'They most likely depend on this work and are worried about their own commitments.',
      ack: f.date
        ? `You're right that this was due by ${f.date}, and I understand the delay causes problems on your side.`
        : 'You are right about the delay, and I understand it causes problems on your side.',
      not: "the delay doesn't matter",
      want: "I want to give you a realistic date and keep you updated until it's done",
      offer: "I'll send a realistic delivery date and a short update on what is left.",
      ask: 'Which part do you need first, so we can prioritise it?',
      fix: "I'll send a realistic delivery date today and keep you updated until it's done.",
    }),
    'poor-work': () => ({
      intent:
        'They most likely want the work to meet their standard, and want to know it is taken seriously.',
      ack: "Thanks for the feedback. I can see the work didn't meet what you needed.",
      not: 'the feedback is unwelcome',
      want: 'I want to understand exactly what missed the mark so the next version is right',
      offer: "I'd suggest we go through the main points together and agree what good looks like.",
      ask: 'Which two or three changes matter most to you?',
      fix: "I'll rework it and check the main points with you before I send the next version.",
    }),
    'unresponsive-peer': () => ({
      intent: 'They most likely need an answer to move their own work forward, and may feel ignored.',
      ack: "Thanks for following up. I know you've been waiting for an answer.",
      not: "your request isn't important to me",
      want: 'I want to give you a proper answer and a date you can plan around',
      offer: "I'll come back to you with a clear answer, or a date for one.",
      ask: 'What do you need most urgently, so I can start there?',
      fix: "You'll get a proper answer from me, and a date for anything I can't answer yet.",
    }),
    apology: (f) => ({
      intent:
        'They most likely need to know the problem is understood and fixed, and may have to explain it to others.',
      ack: f.date
        ? `I understand how much the disruption on ${f.date} affected you.`
        : 'I understand how much the disruption affected you.',
      not: 'this was a small thing',
      want: "I understand the impact, and I want to show you what we're doing about it",
      offer: "I'll send a short summary of what happened, what is already fixed, and what changes next.",
      ask: 'What would help you most right now?',
    }),
    escalation: () => ({
      intent: 'They most likely feel stuck and want the issue to get attention quickly.',
      ack: 'I can see this has been frustrating, and I want to help get it moving.',
      not: "you shouldn't have raised it",
      want: "I'd like to sort it out with you directly, and quickly",
      offer: 'Could we have a short call and agree the next step together?',
      ask: 'What would you need to see from me to feel this is moving?',
      fix: 'From now on, anything you raise with me will get a quick answer.',
    }),
    other: (f) => ({
      intent: 'They most likely want to be heard and to see the issue move forward.',
      ack: f.date ? 'Thanks for the message.' : 'Thanks for telling me directly.',
      not: "I'm brushing this off",
      want: 'I want to understand your view and agree a next step',
      offer: f.date
        ? `Let me check what is possible by ${f.date} and confirm.`
        : 'Could we find a time to talk it through?',
      ask: 'What matters most to you here?',
      fix: "I'll take a proper look and come back to you with a next step.",
    }),
  },
  toneIntent: {
    threat: 'The ultimatum is most likely a way to show how much this matters, not a decision already made.',
    blame:
      'The sweeping words most likely come from frustration that has built up, not from a fixed view of you.',
    hostile: 'The harsh tone most likely reflects stress in the moment rather than a settled opinion.',
    pointed: 'The pointed phrasing most likely means they feel earlier messages were not heard.',
    pressure: 'The pressure most likely reflects a deadline or a person they are answering to.',
  },
  impact: {
    heated:
      "It can land as an attack{quote}. Feeling defensive is natural, which is exactly why it's worth pausing before you answer.",
    tense: 'It may land as pressure{quote}; the request underneath is still workable.',
    calm: 'It reads as calm and direct; there is little to defend against, so you can answer the substance.',
  },
  complaintNeed: 'Reassurance that whatever went wrong is fixed, so paying the full price feels fair again.',
  flagNeeds: {
    threat: 'To be taken seriously: an ultimatum usually means they feel they have no other lever.',
    blame: 'To hear someone own the problem and say what will change.',
    hostile: 'To be heard before anything else is discussed.',
    pointed: 'Acknowledgement of earlier messages that felt ignored.',
    pressure: 'Speed and a clear answer they can pass on.',
  },
  why: {
    'make-it-safe': 'Restores safety first (respect and a shared aim), so the facts can be heard.',
    contrasting:
      "Rules out the hostile reading before making the point, so it can't be taken as a brush-off.",
    apology: "Owns the problem plainly, with no 'but', and says what happens next.",
    'shared-purpose': 'Starts from the goal you both hold, which turns a standoff into a joint problem.',
    'interests-not-positions': 'Asks what sits behind their demand, which opens options beyond yes or no.',
  },
  cues: {
    cool: "Don't reply while you're angry: draft it, wait ten minutes, then read it again before sending.",
    askFirst: 'Ask before you propose: find out what they need before offering a fix.',
    call: 'This is a lot to settle in writing; suggest a short call.',
    ultimatum: "Don't answer an ultimatum with another one; respond to the need behind it.",
    absolutes: "Don't argue with 'always' or 'never'; acknowledge the specific case instead.",
    calm: 'Answer what they asked, and confirm the next step in one line.',
    direct: 'Reply to them directly before anyone involves managers.',
    fault: 'If part of this is on you, say so plainly and early; it lowers the temperature fastest.',
  },
  quote: (phrases) => (phrases.length > 0 ? ` (${phrases.map((p) => `"${p}"`).join(', ')})` : ''),
};
