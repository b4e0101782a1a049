/** English lines for the practice counterpart (Parley playing the other side) and the debrief. */
import type { PracticeLanguagePack } from './types.ts';

export const PRACTICE_EN: PracticeLanguagePack = {
  lines: {
    discount: (f) => ({
      push: f.percent
        ? [
            `We need ${f.percent} off, or we'll have to look elsewhere.`,
            `Honestly, your price is out of line. ${f.percent} off is what it takes to keep us.`,
          ]
        : [
            "We need a real discount, or we'll have to look elsewhere.",
            "Honestly, your price is out of line. We need it to come down, or we're out.",
          ],
      object: [
        "Our budget for this is fixed. I can't go back to finance with your current number.",
        'We have a quote from another supplier that is noticeably cheaper. Why should we pay more?',
      ],
      test: [
        "Could you at least keep the full scope at the lower price? We can't lose any of it.",
        f.percent
          ? `If you can't do ${f.percent}, can you throw in the extra support for free?`
          : 'If you can’t move much on price, can you throw in the extra support for free?',
      ],
      soften: [
        'If we signed for two years instead of one, what could you do on the price?',
        "A phased start could work, as long as the first invoice fits this quarter's budget.",
      ],
      agree: [
        "That could work. Send me the revised offer in writing and I'll take it to finance.",
        "Fine, let's go with that. Can you put the terms in an email today?",
      ],
      reveal: [
        'To be honest, I have to show my CFO a saving on this line, or the whole project gets questioned.',
        'The truth is, the other quote is for a smaller scope, but my boss only looks at the total.',
      ],
    }),
    'overdue-invoice': () => ({
      push: [
        "We'll pay when we can. Things are tight right now.",
        "The invoice is in our system. It'll go through when it goes through.",
      ],
      object: [
        "Honestly, we weren't fully happy with the last delivery, so nobody here is rushing to approve it.",
        "Finance says the invoice is missing our PO number, so it's stuck.",
      ],
      test: [
        'Could we pay half now and leave the rest until next quarter?',
        'Can you keep working on the next phase while we sort the payment out?',
      ],
      soften: [
        'If you resend it with the PO number today, I can push it through this week.',
        'A payment plan could work for us. Two instalments would be easier.',
      ],
      agree: [
        "OK. First half this week, the rest by the end of the month. I'll confirm by email.",
        "Fine, I'll get it approved this week and send you the remittance.",
      ],
      reveal: [
        "Between us, cash flow is bad this month, and I'm embarrassed to keep saying 'next week'.",
        'The real problem is that my approver is on leave, and nobody else can sign it off.',
      ],
    }),
    'price-increase': (f) => ({
      push: [
        f.percent
          ? `${f.percent} more? That's a lot. We're not paying it.`
          : "An increase? We're not paying more, full stop.",
        "We can't accept an increase right now. Our budget is set.",
      ],
      object: [
        "We've been loyal customers for years. Why are we the ones paying for this?",
        'Other suppliers are holding their prices. Why can’t you?',
      ],
      test: [
        "Keep the old price for us and we'll stay. Otherwise we'll look around.",
        'At least delay it by a year. Can you do that?',
      ],
      soften: [
        'If it came in gradually, I could probably live with it.',
        'A price lock for two years would make this easier to sell internally.',
      ],
      agree: [
        "OK, send me the new terms with the phase-in, and I'll get them signed.",
        "Fine. Put it in writing with the dates and I'll take it to my team.",
      ],
      reveal: [
        'The real issue is that I already presented this year’s budget, and reopening it makes me look bad.',
        'Honestly, I mostly need something I can tell my finance director.',
      ],
    }),
    'missed-deadline': () => ({
      push: [
        "It wasn't my fault. The requirements kept changing.",
        'I had three other things on fire. Something had to slip.',
      ],
      object: [
        'Nobody told me this one was the priority.',
        'I was waiting on input from the other team for a week.',
      ],
      test: [
        "Can we move the deadline again? Two more weeks and it's done.",
        "Can we drop the testing part? That's what takes the time.",
      ],
      soften: [
        'Fair enough. If I could hand off the reporting work, I could finish this sooner.',
        'You’re right that I should have flagged it earlier. What would a realistic date look like to you?',
      ],
      agree: [
        "OK, I can commit to that date, and I'll flag it two days ahead if anything slips.",
        "Deal. I'll send you a short update midweek so you're not in the dark.",
      ],
      reveal: [
        "Honestly, I'm overloaded and I didn't know how to say no.",
        "The truth is, I wasn't sure what 'done' meant, so I kept polishing it.",
      ],
    }),
    'poor-work': () => ({
      push: ['I did exactly what the brief said.', "I don't see what's wrong with it. It's finished."],
      object: ['I had two days for this. What did you expect?', 'Nobody told me about those standards.'],
      test: [
        'Can we ship it as it is and fix it later?',
        "Can someone else do the fixes? I've got other work.",
      ],
      soften: [
        "OK, if you can show me an example of what good looks like, I'll rework it.",
        'I see the point about the errors. What are the two things that matter most?',
      ],
      agree: [
        "Fine, I'll have a revised version by the end of the week, and I'll check it with you halfway.",
        "OK. I'll fix those points and send it over for a quick look first.",
      ],
      reveal: [
        "Honestly, I wasn't sure what you wanted, and I didn't want to ask again.",
        "I'm worried this makes me look bad in front of the team.",
      ],
    }),
    'unresponsive-peer': () => ({
      push: [
        "I've been swamped. I'll get to it when I can.",
        "I saw your messages. I just haven't had time.",
      ],
      object: [
        'My manager has me on something else that is more urgent.',
        "Your request wasn't very clear, to be honest.",
      ],
      test: [
        "Can't you just go ahead without my input?",
        "Maybe ask someone else? I really can't take this on.",
      ],
      soften: [
        "If it's really just a yes or no, I can answer that today.",
        'A 15-minute call would be easier than another long thread.',
      ],
      agree: [
        "OK, I'll send it by Thursday. Ping me on Wednesday if you haven't seen anything.",
        "Fine, let's do a quick call tomorrow and I'll give you what you need.",
      ],
      reveal: [
        "Honestly, I didn't answer because I'm not sure we can do what you asked, and I didn't want to say no.",
        "The truth is my manager told me to focus on the launch, and I don't want to get in trouble.",
      ],
    }),
    apology: () => ({
      push: [
        "This outage cost us a day of sales. It can't happen again.",
        "Frankly, I'm furious. Our customers were calling us all morning.",
      ],
      object: [
        "That's what you said last time. Why should we believe you now?",
        "An apology doesn't fix what we lost.",
      ],
      test: [
        "We want the whole month refunded, or we'll review the contract.",
        'Put it in writing that this will never happen again.',
      ],
      soften: [
        'OK, knowing what changed does help. When will we get the report?',
        'I appreciate you owning it. A credit would help me explain this internally.',
      ],
      agree: [
        "Fine. Send the incident report and the credit note, and let's check in in 30 days.",
        "OK. Keep me updated and we'll see how the next month goes.",
      ],
      reveal: [
        'The worst part is that I had to explain it to my boss without any facts.',
        'What I really need is something I can show our own customers.',
      ],
    }),
    escalation: () => ({
      push: [
        'I went to your manager because nothing was happening.',
        'I had to escalate. I asked you twice.',
      ],
      object: [
        "When I raised it with you, you didn't seem to take it seriously.",
        "Your manager needed to know. It's affecting my deadlines too.",
      ],
      test: [
        "I'll keep copying your manager until this is fixed.",
        "If it stalls again, I'll go straight to the director.",
      ],
      soften: [
        'Fair enough, I could have come to you first.',
        "If I knew you'd answer quickly, I wouldn't need to go up.",
      ],
      agree: [
        "OK, deal: next time I'll come to you first, and we escalate together if we're stuck.",
        "Fine. Let's do a weekly check-in and keep the managers out of it.",
      ],
      reveal: [
        "Honestly, my own boss is pressuring me, and I needed to show I'd done something.",
        'I felt ignored, and going up was the only way to get a reaction.',
      ],
    }),
    other: () => ({
      push: [
        "I don't see why we need to talk about this.",
        "I think I've been pretty clear about where I stand.",
      ],
      object: ["That's not how I see it at all.", "You're making this a bigger deal than it is."],
      test: ['So what exactly do you want me to do?', 'And if I say no?'],
      soften: ['OK, I can see why that matters to you.', 'Fair. Tell me more about what you had in mind.'],
      agree: [
        "Alright, let's try that and see how it goes.",
        "OK, that works for me. Let's check in next week.",
      ],
      reveal: [
        "Honestly, I've been feeling a bit overlooked lately.",
        "To be fair, I'm under more pressure than it probably looks.",
      ],
    }),
  },
  firmer: [
    "With respect, that doesn't change anything.",
    "I don't appreciate that. And my answer hasn't changed.",
    "That's not helping. Let me be clear again.",
  ],
  pause: [
    "Fine. A short break is probably a good idea. Let's pick it up then.",
    "OK, let's pause. But I'll want a real answer when we come back.",
  ],
  asides: {
    blame:
      'Coach’s note: "{quote}" sounds like blame, so they dig in. Try the fact and its effect instead, then ask a question.',
    threat:
      'Coach’s note: "{quote}" reads as a threat; it makes the other side defend instead of think. Say what you need and why.',
    hostile:
      'Coach’s note: "{quote}" will sting. Take a breath and say what you want, not what you think of them.',
    pointed: 'Coach’s note: "{quote}" sounds pointed. Say it plainly; they will hear it better.',
    pressure: 'Coach’s note: "{quote}" reads as an order. Try a request with a reason.',
    heated:
      'Coach’s note: that turn reads as heated. Slow down, acknowledge their point, and ask a question.',
  },
  debrief: {
    techniqueNames: {
      contrasting: 'contrasting',
      'shared-purpose': 'shared purpose',
      'interests-not-positions': 'questions about their interests',
      apology: 'a sincere apology',
      'take-a-break': 'a well-timed break',
      'make-it-safe': 'acknowledging their side',
    },
    strengthNotes: {
      contrasting: 'You ruled out the hostile reading before making your point: "{quote}"',
      'shared-purpose': 'You named a goal you both hold: "{quote}"',
      'interests-not-positions': 'You asked an open question about what sits behind their demand: "{quote}"',
      apology: 'You owned your part plainly: "{quote}"',
      'take-a-break': 'You suggested a pause instead of pushing on: "{quote}"',
      'make-it-safe': 'You acknowledged their side before answering: "{quote}"',
    },
    tips: {
      contrasting:
        'Open with a contrast: say what you don’t mean ("I’m not saying…"), then what you do mean.',
      'shared-purpose': 'Name the goal you both hold before you make your ask ("We both want…").',
      'interests-not-positions':
        'Ask at least two open questions about what they need before you propose anything.',
      'make-it-safe': 'Acknowledge their pressure out loud ("I understand…") before you answer it.',
    },
    caving: 'You gave in on the demand without getting anything back: "{quote}"',
    cavingTip:
      'Decide your walk-away point before the call, and trade: nothing given without something in return.',
    slipTips: {
      blame: 'Swap judgements ("you always", "your fault") for the fact and its effect.',
      threat: 'Drop ultimatums; say what you need and what you can offer.',
      hostile: 'When you feel the heat rising, pause before you answer, or suggest a short break.',
      pointed: 'Say the point plainly, without sarcasm or "as I said".',
      pressure: 'Turn orders into requests with a reason and a date.',
    },
    empty:
      "There's nothing to review yet: you haven't said anything in this practice. Start whenever you're ready; your opening line is the best place to begin.",
    emptyNext: 'Try your opening line from the plan: a contrast, then one open question.',
    summaryStrong: 'Strong practice over {turns}: you used {techniques} and stayed calm throughout.',
    summaryMixed: 'Good moments over {turns}: you used {techniques}. There {slips} to work on.',
    summaryWeak:
      'You kept the conversation going over {turns}, which is the hard part. Next time, lean on one technique from the plan.',
    summarySlipsOnly:
      'You stayed in the conversation over {turns}, but there {slips} to work on. One technique from the plan would change the tone.',
  },
};
