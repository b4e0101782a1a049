/** English preparation-plan content, one writer per situation. Figures are woven in when known. */
import type { Figures } from './figures.ts';
import type { PlanLanguagePack, PlanText } from './types.ts';

function discount(f: Figures): PlanText {
  const cut = f.percent ? `${f.more ? 'another ' : ''}${f.percent} off` : 'a deeper discount';
  return {
    goal: `Keep the deal and the relationship without simply handing over ${cut}: any move on price comes with something in return (a longer term, more volume, a smaller scope or faster payment).`,
    theirPosition: f.percent
      ? `"We need ${f.percent} off, or we'll have to look elsewhere."`
      : `"Your price is too high. We need a real discount, or we'll have to look elsewhere."`,
    theirInterests: [
      'Staying inside a budget that may already be fixed for this quarter or year.',
      'Being able to justify the spend internally: someone in finance, or their own boss, may be asking why it costs this much.',
      'Feeling valued as a customer, especially if they have been with you a while or something went wrong recently.',
      "Checking they aren't overpaying: they may be holding a cheaper quote from a competitor.",
      'Lowering their risk: paying less until they are sure the work delivers.',
    ],
    commonGround: [
      'You both want this work to go ahead: they came to negotiate instead of quietly walking away.',
      'You both want a price they can defend internally and you can deliver well at.',
      'Neither of you wants to start over with someone new.',
    ],
    concessions: [
      'What could you offer that costs you little: a longer term, a prepayment discount, a smaller first phase, a few extra support hours?',
      f.percent
        ? `Is there a smaller step than ${f.percent} you could live with, and what would you want in exchange for it?`
        : 'Is there any price movement you could live with, and what would you want in exchange for it?',
      'Could you add value instead of cutting the price: onboarding, training, an earlier delivery date?',
    ],
    nonNegotiables: [
      'What is your walk-away price, the number below which this deal costs you money?',
      'What has to stay in scope whatever the price (quality, support, the timeline)?',
      'Are you willing to cut the price without getting anything back? A good rule: no discount without a trade.',
    ],
    lead: 'Thanks for being straight with me about the price.',
    not: "your budget isn't a real concern",
    want: `I'd like to find a version of this that fits your budget and still works for us, rather than just taking ${f.percent ?? 'money'} off`,
    questionsToAsk: [
      'What budget are you working with, and how fixed is it?',
      'What would you need to show internally to get this approved?',
      'When you compare us with other offers, what are you comparing: price alone, or scope and support too?',
      'Which parts of the work matter most to you, and which could wait?',
      f.percent
        ? `What would ${f.percent} off make possible for you that the current price doesn't?`
        : 'What price would make this an easy yes for you, and why that number?',
    ],
    options: [
      'Volume for price: a lower unit price in exchange for a bigger order or a longer commitment.',
      'Phased scope: start with the part they need most, with a smaller first invoice, and add the rest later.',
      'A small discount in exchange for paying up front or on shorter terms.',
      'A price lock for 12 to 24 months instead of a cut now.',
      'Same price, more value: training, support hours or an earlier delivery.',
    ],
    ifItHeatsUp: [
      `Acknowledge before you answer: "I can hear the budget pressure you're under, and I'm taking it seriously."`,
      "Go back to the facts: what the price includes, what has changed, and what a competitor's quote does or doesn't cover.",
      `If they threaten to leave, stay calm: "I'd be sorry to lose you. Before you decide, can we look at two or three options together?"`,
    ],
    followUp: [
      'Send a short written summary the same day: the price, what it includes, and what each side gives.',
      'Name owners and dates: who sends the revised offer, by when, and when they will decide.',
      "If you didn't agree, write down the open options and propose a time to decide.",
    ],
    questions: [
      ...(f.percent ? [] : ['How big a discount are they asking for?']),
      ...(f.amount
        ? ['What is your walk-away number?']
        : ['What is the current price or deal value, and what is your walk-away number?']),
      'What could you concede without hurting the business?',
      'Do they have a competitor quote, and do you know what it includes?',
      ...(f.date ? [] : ['Is there a deadline for their decision?']),
    ],
  };
}

function overdueInvoice(f: Figures): PlanText {
  const invoice = f.id
    ? `invoice ${f.id}${f.amount ? ` for ${f.amount}` : ''}`
    : f.amount
      ? `the ${f.amount} invoice`
      : 'the open invoice';
  return {
    goal: `Leave with a firm payment date for ${invoice} (or an agreed payment plan) and a client you still want to work with.`,
    theirPosition: `"We'll pay soon, it's stuck in approval." Or a quiet delay; some clients also raise a complaint about the work to buy time.`,
    theirInterests: [
      'Cash flow: they may be short this month and embarrassed to say so.',
      'Their process: the invoice may be stuck waiting for a purchase-order number, an approver, or a corrected detail.',
      "A complaint they haven't voiced: something in the work or the invoice may not match what they expected.",
      'Saving face: nobody enjoys being chased for money.',
    ],
    commonGround: [
      'You both want the work to continue.',
      "You both want a simple, predictable payment process so this doesn't keep happening.",
    ],
    concessions: [
      'Could you offer a payment plan, for example two or three instalments with fixed dates?',
      'Could you help unblock their process: resend with a PO number, to another contact, with corrected details?',
      'Would you waive a late fee if they pay by an agreed date?',
    ],
    nonNegotiables: [
      f.amount
        ? `Is the full ${f.amount} non-negotiable for you, or only the date?`
        : 'Is the full amount non-negotiable for you, or only the date?',
      'Will you pause new work until the invoice is settled? Decide before the call, and if you must say it, say it calmly.',
      'What is the latest payment date you can accept?',
    ],
    lead: `I wanted to talk about ${invoice}${f.duration ? `, which is now ${f.duration} past due` : ''}.`,
    not: 'I doubt you intend to pay',
    want: "I need a date I can plan around, and I'd like to know if anything on our side is holding it up",
    questionsToAsk: [
      'Is there anything about the invoice or the work that is holding up payment?',
      'Where is it in your approval process, and who else needs to sign it off?',
      'What date can you commit to?',
      'Would splitting the amount into instalments help?',
    ],
    options: [
      'A payment plan with fixed dates, with the first payment this week.',
      "Resend the invoice with whatever is missing while you're still on the call.",
      'Shorter payment terms on future invoices in exchange for a small early-payment discount.',
      "Agree a contact in their finance team for next time, so payment doesn't depend on one person.",
    ],
    ifItHeatsUp: [
      `If they feel accused: "I'm not questioning your good faith. I do need a date I can plan around."`,
      `If they raise a complaint about the work, separate the two: "Let's look at that properly. Meanwhile, can we agree a date for the part that isn't in question?"`,
      'Stick to facts: invoice number, due date, amount, reminders already sent.',
    ],
    followUp: [
      'Confirm in writing the same day: the amount, the agreed date or dates, and who pays.',
      'Set a reminder for the day after each agreed date; if a date is missed, call rather than email.',
      'Thank them once it is paid; it makes the next conversation easier.',
    ],
    questions: [
      ...(f.amount ? [] : ['How much is outstanding?']),
      ...(f.duration || f.date ? [] : ['How overdue is it, and how many reminders have you sent?']),
      'Do you want to keep working with them, and would you pause work if they do not pay?',
      'Is there any dispute about the work itself?',
    ],
  };
}

function priceIncrease(f: Figures): PlanText {
  const increase = f.percent ? `the ${f.percent} increase` : 'the new price';
  return {
    goal: `Introduce ${increase} clearly, with the reasons and enough notice, and keep the client.`,
    theirPosition: f.percent
      ? `"${f.percent} more? We can't accept that right now." Possibly with a hint that they'll look elsewhere.`
      : `"We can't accept an increase right now." Possibly with a hint that they'll look elsewhere.`,
    theirInterests: [
      'Predictability: their budget is set, and a surprise hurts more than the amount itself.',
      'A reason they can repeat to their finance team or their boss.',
      'Fairness: knowing they are not singled out and that loyalty counts.',
      'Time to adjust: more notice, or a phase-in.',
    ],
    commonGround: [
      'You both want the service to keep running at the quality they rely on.',
      "You both want a price that's sustainable, so nobody has to cut corners.",
    ],
    concessions: [
      'Could you phase the increase in, for example half now and half in six months?',
      'Could you lock the new price for 12 or 24 months in exchange for a longer commitment?',
      'Could you give more notice, or honour the old price for orders placed before a set date?',
    ],
    nonNegotiables: [
      'Is the new price itself firm, or only the direction? Decide before the call.',
      'What is the smallest increase that still covers your costs?',
      'Will you keep the old price for anyone? If not, say so plainly; it is fairer to everyone.',
    ],
    lead: 'I want to tell you about a change to our pricing before it shows up on an invoice.',
    not: 'we take your business for granted',
    want: `our costs have gone up, and ${increase} is what lets us keep the quality you rely on`,
    questionsToAsk: [
      'How does this affect your budget for the year?',
      'What would make this easier to take to your team?',
      'What timing would work best for you?',
      'Which parts of the service matter most to you?',
    ],
    options: [
      'A phase-in: part of the increase now, the rest later.',
      'A price lock for a longer term.',
      'A slimmer package that keeps their cost flat.',
      'Paying a year up front at the current rate.',
    ],
    ifItHeatsUp: [
      `Acknowledge it: "I know this isn't welcome news, and I'd rather tell you early than surprise you."`,
      'Back to facts: which costs went up, and what the price includes.',
      `If they mention leaving: "I understand you'll want to check alternatives. Before you do, can I walk you through the options?"`,
    ],
    followUp: [
      'Send the new price, the date it starts and any phase-in in writing.',
      'Update the contract or order form.',
      'Check in after the first invoice at the new price.',
    ],
    questions: [
      ...(f.percent || f.amount ? [] : ['How large is the increase?']),
      ...(f.date ? [] : ['From when does the new price apply, and how much notice are you giving?']),
      'Why are prices going up (costs, scope, market), in one sentence you could say to them?',
      'What could you offer to soften it?',
    ],
  };
}

function missedDeadline(f: Figures): PlanText {
  return {
    goal: 'Agree a realistic new date, understand what got in the way, and set up an early warning so the next slip is spotted days ahead, without anyone losing face.',
    theirPosition: `"It wasn't my fault: the requirements changed, I was waiting on others, I had too much on."`,
    theirInterests: [
      'Not being seen as unreliable.',
      "Help with a workload or a blocker they haven't mentioned yet.",
      'Clear priorities: they may not have known this was the one that mattered most.',
      "A date they can actually hit, rather than one they'll miss again.",
    ],
    commonGround: [
      'You both want the work delivered and the people waiting for it to trust you.',
      'Nobody wants another last-minute scramble.',
    ],
    concessions: [
      'Could you take a lower-priority task off their plate?',
      'Could you accept part of the work now and the rest a little later?',
      'Could you offer help: a reviewer, someone to pair with, a clearer brief?',
    ],
    nonNegotiables: [
      'Which date is truly fixed, and why? Say the real reason.',
      "What quality bar can't drop just to hit the date?",
      'Is an early warning next time non-negotiable for you? It usually should be.',
    ],
    lead: f.date
      ? `I'd like to talk about the work that was due by ${f.date}.`
      : "I'd like to talk about the deadline that slipped.",
    not: "you don't care about the work",
    want: 'I want to understand what got in the way and agree a date we can both trust',
    questionsToAsk: [
      'What got in the way?',
      'What do you need to finish it?',
      'When did you first see it might slip, and what would have made it easy to say so then?',
      'With what you know now, what date can you commit to?',
    ],
    options: [
      'Split the delivery: the most important part first.',
      'Re-prioritise together: decide what can wait.',
      'A short check-in twice a week until it is done.',
      'An agreed "at risk" signal two days before any deadline.',
    ],
    ifItHeatsUp: [
      `If they get defensive: "This isn't about blame. I want us both to be able to keep our word to the people waiting."`,
      'Use facts: the agreed date, the actual date, and the effect (who waited, what it cost).',
      "Own your part if the brief or the priorities weren't clear; shared accountability makes it easier for them to own theirs.",
    ],
    followUp: [
      'Write down the new date and the owner.',
      'Put a check-in two days before the new date.',
      'Afterwards, spend ten minutes on what to change next time.',
    ],
    questions: [
      ...(f.date ? [] : ['What was the original deadline, and when do you need it now?']),
      'What did the delay cost (the client, the team, money)?',
      'Is this the first time, or a pattern?',
      'Did anything on your side (brief, priorities, dependencies) play a part?',
    ],
  };
}

function poorWork(_f: Figures): PlanText {
  return {
    goal: "Give clear, specific feedback on what missed the mark and agree what 'good' looks like, so the next version lands and the person leaves motivated, not crushed.",
    theirPosition: `"I did what was asked." Or: "I didn't have enough time or information."`,
    theirInterests: [
      'Feeling that their effort is seen.',
      "Knowing exactly what 'good' looks like: the brief may have been unclear.",
      'Protecting their reputation in front of the team.',
      'Time and support to fix it.',
    ],
    commonGround: ["You both want work you're proud to show.", 'You both want fewer rounds of rework.'],
    concessions: [
      'Could you give more time for the fix, or help (an example, someone to review with)?',
      'Is there anything unclear in the brief that you could own?',
      'Could you accept a smaller first revision?',
    ],
    nonNegotiables: [
      'Which standards must be met (accuracy, format, tests, tone)? Name two or three, not ten.',
      'By when must the fixed version be ready?',
      "Is this a pattern? If so, it's a different, more serious conversation; decide which one you're having.",
    ],
    lead: "Thanks for the work you put into this. I'd like to give you some straight feedback.",
    not: "the effort wasn't there or that you can't do this",
    want: "this version doesn't meet what we need yet, and I'd like us to agree what good looks like",
    questionsToAsk: [
      'How do you feel about how it turned out?',
      'What was unclear about the brief?',
      'What got in the way?',
      'What would help you get it to where it needs to be?',
    ],
    options: [
      "A worked example of what 'good' looks like.",
      'A short checkpoint halfway through the next piece.',
      'A checklist of the two or three standards that matter most.',
      'Pairing on the first part of the fix.',
    ],
    ifItHeatsUp: [
      `"I'm not judging you as a person; I'm talking about this piece of work."`,
      'Go back to specifics: point to the exact parts and the effect they have.',
      "If they're upset, acknowledge it and offer to continue later the same day.",
    ],
    followUp: [
      'Write down the two or three changes and the date.',
      'Look at the next draft together early.',
      'When it improves, say so, specifically.',
    ],
    questions: [
      'What exactly missed the mark? Two or three concrete examples help most.',
      'What was the brief, and was it written down?',
      'Is this the first time, or a pattern?',
      'By when do you need the fixed version?',
    ],
  };
}

function unresponsivePeer(f: Figures): PlanText {
  return {
    goal: "Get a reply and a date from them directly, understand why it stalled, and agree how you'll reach each other next time, without going to their manager.",
    theirPosition: `"I've been swamped." Or: "I didn't know it was urgent."`,
    theirInterests: [
      'Workload: they may be overloaded, or pulled onto something their own manager sees as more important.',
      'Clarity: your request may be unclear, or look optional from where they sit.',
      "Avoiding a hard answer: silence is sometimes a 'no' they don't know how to say.",
      'Not being shown up in public or in front of their boss.',
    ],
    commonGround: ['You both want the shared work to succeed.', 'You both want fewer messages, not more.'],
    concessions: [
      'Could you make the ask smaller or easier to answer (a yes/no, a 15-minute call)?',
      'Could you move your date if they give you a firm one?',
      'Could you take something off their plate?',
    ],
    nonNegotiables: [
      f.date
        ? `Is ${f.date} the latest you can wait, and what happens if you don't get their input by then?`
        : "What's the latest date you need their input, and what happens if you don't get it?",
      'Before involving their manager: have you asked them directly, on a call or in person? Go to the person first.',
    ],
    lead: 'Have you got ten minutes? I wanted to check in with you directly instead of sending another message.',
    not: "I'm annoyed with you or keeping score",
    want: "I'm stuck without your input, and I'd like to find a way that works with your workload",
    questionsToAsk: [
      "What's on your plate right now?",
      'Is anything about my request unclear or hard to answer?',
      "What's the easiest way for me to get this from you?",
      'When could you realistically get to it?',
    ],
    options: [
      'A 15-minute call instead of a long thread.',
      'Break the request into a small first step.',
      'Agree a channel and a reply time for this project.',
      'If your priorities clash, ask their manager together to set the order: openly, not behind their back.',
    ],
    ifItHeatsUp: [
      `If they feel chased: "I'm not trying to pressure you. I need to plan around this."`,
      'Stick to facts: when you asked, what you need, what it blocks.',
      'If it stalls, propose one concrete next step: a date, or a short call.',
    ],
    followUp: [
      "Recap in one message: what they'll send, and by when.",
      'Thank them when it arrives.',
      'If the date passes, ask them directly once more; involve a manager only after that, and tell them first.',
    ],
    questions: [
      ...(f.date ? ['What exactly do you need from them?'] : ['What do you need from them, and by when?']),
      'How have you asked so far (chat, email, in person), and how many times?',
      'What does the delay block?',
      'Do you know what else they are working on?',
    ],
  };
}

function apology(f: Figures): PlanText {
  return {
    goal: "Apologise sincerely for what went wrong, explain what you're doing about it, and rebuild trust, without excuses and without promising what you can't keep.",
    theirPosition: `"This shouldn't have happened. What went wrong, and why should we trust it won't happen again?" Possibly with a request for compensation.`,
    theirInterests: [
      'Being taken seriously: knowing you understand what it cost them.',
      'Confidence it will not happen again: concrete changes, not promises.',
      'Covering themselves: they may have to explain this to their own boss or customers.',
      'A gesture of goodwill, possibly compensation.',
    ],
    commonGround: ['You both want the service to be reliable.', 'You both want to move on with confidence.'],
    concessions: [
      'Can you offer a service credit or another goodwill gesture, and how much?',
      'Could you give them a named contact until the fix is confirmed?',
      'Could you share the incident report with them?',
    ],
    nonNegotiables: [
      "What can you honestly promise about prevention, and what can't you?",
      'Is there a limit on compensation you need to hold?',
      'Will you keep individual team members or suppliers out of it? You should: the apology is yours.',
    ],
    lead: `I want to start by apologising for what happened${f.date ? ` on ${f.date}` : ''}.`,
    not: "this was a small thing or that it wasn't on us",
    want: "I understand what it cost you, and I want to show you exactly what we're changing",
    questionsToAsk: [
      'How did this affect you and your team?',
      'Who did you have to explain it to?',
      'What would help most right now?',
      'What would rebuild your confidence in us?',
    ],
    options: [
      'A service credit in proportion to the impact.',
      'Status updates at agreed times until the fix is confirmed.',
      'A short incident report: what happened, why, and what changes.',
      'A review call in 30 days to show the changes are holding.',
    ],
    ifItHeatsUp: [
      `Let them say it all; don't interrupt or defend. "You're right to be frustrated."`,
      `No "sorry if" and no "but": own it plainly.`,
      "After the emotion, back to facts: what happened, what's fixed, what's next.",
    ],
    followUp: [
      'Send the apology and a short incident summary in writing, with dates.',
      "Update them at the agreed times, even when there's no news.",
      'Check in after the fix to confirm it is holding.',
    ],
    questions: [
      'What exactly happened, and what did it cost them?',
      'What has already been fixed, and what is still open?',
      ...(f.amount || f.percent ? [] : ['What can you offer as compensation, if anything?']),
      'Is this the first incident with them?',
    ],
  };
}

function escalation(_f: Figures): PlanText {
  return {
    goal: "Talk to the person directly about going over someone's head, agree to raise problems with each other first, and keep the working relationship intact.",
    theirPosition: `"I had to, nothing was happening." Or: "I was just keeping them in the loop."`,
    theirInterests: [
      'Getting something unblocked that felt stuck.',
      'Being heard: they may have tried before and felt ignored.',
      'Covering themselves with their own manager.',
      'Speed: they may not know a quicker way to reach the right person.',
    ],
    commonGround: [
      'You both want the work unblocked.',
      'You would both rather solve problems between you than in front of managers.',
    ],
    concessions: [
      'Could you offer a faster route to you (a direct message, a weekly 15-minute slot)?',
      'Is there something you missed that made them go up? Could you own it?',
      'Could you agree together when escalating is fine (a safety issue, a client at risk)?',
    ],
    nonNegotiables: [
      'What must change: hearing about problems from them first?',
      'Do you need to tell your own manager about this conversation? Decide before the call.',
      "If you're the one tempted to escalate: have you talked to the person directly yet? Do that first.",
    ],
    lead: "I'd rather talk about this with you directly than through our managers.",
    not: "you weren't allowed to raise it, or that I'm angry with you",
    want: "I'd like problems to come to me first, so I can fix them faster",
    questionsToAsk: [
      'What made you decide to take it to them?',
      'Had you tried to raise it with me before, and how did that go?',
      'What would make it easier to come to me first next time?',
      'What do you need from me right now to get this unblocked?',
    ],
    options: [
      'A simple rule: talk to each other first, then escalate together if you are stuck.',
      'A regular short check-in.',
      'A shared update to both managers, written together.',
    ],
    ifItHeatsUp: [
      `"I'm not here to win an argument. I want us to work better together."`,
      'Stick to what happened and its effect, not their motives.',
      'If it goes in circles, pause and come back to it tomorrow.',
    ],
    followUp: [
      'Summarise what you agreed in writing, to them only.',
      'If managers are already involved, send them a joint update.',
      'Check in after two weeks.',
    ],
    questions: [
      'Who went to whom, and what was said?',
      'Had they raised it with you first?',
      'What is the underlying problem they wanted fixed?',
      'Are you the one thinking of escalating? If so, what happened when you asked the person directly?',
    ],
  };
}

function other(_f: Figures): PlanText {
  return {
    goal: 'Have the conversation calmly, understand their side, and leave with one clear next step you both agree on.',
    theirPosition: "Not clear yet. Tell me what they want and why, and I'll sharpen this.",
    theirInterests: [
      'To be heard and taken seriously.',
      'Predictability: knowing what happens next.',
      'Saving face, especially in front of others.',
    ],
    commonGround: ['You both want this resolved rather than dragging on.'],
    concessions: [
      'What could you offer that costs you little but matters to them?',
      'Is there something you could own, even a small part?',
    ],
    nonNegotiables: ['What must you hold, whatever happens?'],
    lead: "Thanks for making the time. There's something I'd like us to sort out together.",
    not: "I'm blaming you",
    want: 'I want us to understand each other and agree the next step',
    questionsToAsk: [
      'How do you see the situation?',
      'What matters most to you here?',
      'What would a good outcome look like for you?',
    ],
    options: [
      'Agree one small step each, and a date to check in.',
      'Try a change for two weeks, then review it together.',
    ],
    ifItHeatsUp: [
      `Name the emotion without judging it: "I can see this matters a lot to you."`,
      'Go back to facts: what happened, when, and its effect.',
    ],
    followUp: ['Summarise what you agreed in writing, with owners and dates.'],
    questions: [
      'What is the conversation about, in one or two sentences?',
      'Who is the other person to you (client, colleague, manager, report, vendor)?',
      'What outcome would you call a success?',
      'What have you tried so far?',
      'What could you concede, and what must you hold?',
    ],
  };
}

export const EN: PlanLanguagePack = {
  plans: {
    discount,
    'overdue-invoice': overdueInvoice,
    'price-increase': priceIncrease,
    'missed-deadline': missedDeadline,
    'poor-work': poorWork,
    'unresponsive-peer': unresponsivePeer,
    apology,
    escalation,
    other,
  },
  who: {
    client: 'The client',
    vendor: 'The vendor',
    boss: 'Your manager',
    report: 'Your report',
    peer: 'Your colleague',
    team: 'The team',
  },
  position: (who, position) => `${who} may say: ${position}`,
  contextCommonGround: {
    client: 'You both gain from a relationship that lasts beyond this one deal.',
    vendor: 'You both need terms that are fair and predictable, or the quality suffers.',
    boss: 'You both want the team’s results to hold up with the people above you both.',
    report: 'You both want them to grow and do well in the role.',
    peer: "You'll keep working together after this, so you both gain from solving it between you.",
    team: 'Everyone wants a way of working that makes this conversation unnecessary next time.',
  },
  contextHeat: {
    client: "With a client, the relationship is the asset: stay warm and specific, even if they don't.",
    vendor: 'Be firm on the terms and fair in tone; a squeezed vendor quietly cuts corners.',
    boss: 'With your manager, stick to the business impact and bring a proposal they can say yes to.',
    report:
      'Your role gives your words extra weight: keep your voice low, ask more than you tell, and keep it one-to-one.',
    peer: "Keep it between the two of you; don't pull others into the conversation halfway through.",
    team: 'In a group, talk about the process, not individuals; take anything personal to a one-to-one.',
  },
  contrastFallback: "To be clear, I'm not saying {not}; I am saying {want}.",
  takeABreak:
    'If voices rise, or you both repeat the same point twice, suggest a pause and name a concrete time to resume, so it doesn’t feel like walking away. For example: "{pause}"',
  pauseFallback: 'Could we pause here for ten minutes and pick it up at the top of the hour?',
  resetLine: 'Reset the tone: "{line}"',
  principles: {
    honest: 'Negotiate, never manipulate: no invented deadlines or fake competing offers, on either side.',
    direct: 'Talk to the person directly before involving their manager.',
  },
};
