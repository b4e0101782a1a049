/**
 * The words around the coach's answer, in the answer's language: Parley replies in the language
 * of the draft, so a Polish review gets Polish headings. Anything else falls back to English.
 */
import type { Notice } from '../coach/coach.ts';
import type { FlagKind, RiskLevel, Situation } from '../coach/schemas.ts';

export interface Labels {
  risk: Record<RiskLevel, string>;
  verdict: Record<RiskLevel, string>;
  calmWithFlags: string;
  phrases: string;
  why: string;
  instead: string;
  rewrites: string;
  nextMoves: string;
  kind: Record<FlagKind, string>;
  plan: string;
  situation: Record<Situation, string>;
  sections: {
    goal: string;
    theirPosition: string;
    theirInterests: string;
    commonGround: string;
    concessions: string;
    nonNegotiables: string;
    opening: string;
    questionsToAsk: string;
    options: string;
    ifItHeatsUp: string;
    takeABreak: string;
    followUp: string;
    questions: string;
  };
  emptyPlan: string;
  notice: Record<Notice, string>;
  roughLanguage: string;
}

const en: Labels = {
  risk: { calm: 'Calm', tense: 'Tense', heated: 'Heated' },
  verdict: {
    calm: 'This reads well: nothing here is likely to hurt.',
    tense: 'This may come across as tense. A few changes would help it land.',
    heated: 'This is likely to start a fight. Consider a rewrite before you send it.',
  },
  calmWithFlags: 'Mostly calm, but a phrase below may sting.',
  phrases: 'Phrases that may hurt',
  why: 'Why',
  instead: 'Instead',
  rewrites: 'Rewrites',
  nextMoves: 'Next moves',
  kind: {
    absolute: 'absolute',
    blame: 'blame',
    insult: 'insult',
    sarcasm: 'sarcasm',
    threat: 'threat',
    shouting: 'shouting',
    'passive-aggressive': 'passive-aggressive',
    'non-apology': 'non-apology',
    dismissive: 'dismissive',
    escalation: 'escalation',
    manipulation: 'manipulation',
    demand: 'demand',
  },
  plan: 'Plan',
  situation: {
    discount: 'Discount or price pushback',
    'overdue-invoice': 'Overdue invoice',
    'price-increase': 'Price increase',
    'missed-deadline': 'Missed deadline',
    'poor-work': 'Feedback on work that missed the mark',
    'unresponsive-peer': 'Unresponsive colleague',
    apology: 'Apology after a mistake',
    escalation: 'Escalation',
    other: 'A difficult conversation',
  },
  sections: {
    goal: 'Goal',
    theirPosition: 'Their position',
    theirInterests: 'What may matter to them',
    commonGround: 'Common ground',
    concessions: 'What you could give',
    nonNegotiables: 'What you must hold',
    opening: 'Opening line',
    questionsToAsk: 'Questions to ask',
    options: 'Options for mutual gain',
    ifItHeatsUp: 'If it heats up',
    takeABreak: 'Take a break',
    followUp: 'Follow-up',
    questions: 'To make this plan sharper, tell Parley',
  },
  emptyPlan: 'Parley has no plan for this yet. Try describing the situation in more detail.',
  notice: {
    fallback: 'Note: the model engine was unavailable, so the offline coach answered.',
    'rate-limited': 'Note: you reached the model limit for now, so the offline coach answered.',
  },
  roughLanguage:
    'Note: the offline coach fully supports English and Polish; for other languages it is rough.',
};

const pl: Labels = {
  risk: { calm: 'Spokojnie', tense: 'Napięcie', heated: 'Gorąco' },
  verdict: {
    calm: 'Brzmi dobrze: nic tu raczej nie zrani.',
    tense: 'To może zabrzmieć nerwowo. Kilka zmian pomoże, żeby dobrze wybrzmiało.',
    heated: 'To najpewniej wywoła spięcie. Rozważ nową wersję, zanim wyślesz.',
  },
  calmWithFlags: 'Raczej spokojnie, ale zwrot poniżej może zaboleć.',
  phrases: 'Zwroty, które mogą zranić',
  why: 'Dlaczego',
  instead: 'Zamiast tego',
  rewrites: 'Nowe wersje',
  nextMoves: 'Następne kroki',
  kind: {
    absolute: 'uogólnienie',
    blame: 'obwinianie',
    insult: 'obraza',
    sarcasm: 'sarkazm',
    threat: 'groźba',
    shouting: 'krzyk',
    'passive-aggressive': 'pasywna agresja',
    'non-apology': 'pozorne przeprosiny',
    dismissive: 'lekceważenie',
    escalation: 'eskalacja',
    manipulation: 'manipulacja',
    demand: 'żądanie',
  },
  plan: 'Plan',
  situation: {
    discount: 'Rabat lub nacisk na cenę',
    'overdue-invoice': 'Zaległa faktura',
    'price-increase': 'Podwyżka ceny',
    'missed-deadline': 'Przekroczony termin',
    'poor-work': 'Informacja zwrotna o słabej pracy',
    'unresponsive-peer': 'Kolega, który nie odpowiada',
    apology: 'Przeprosiny po błędzie',
    escalation: 'Eskalacja',
    other: 'Trudna rozmowa',
  },
  sections: {
    goal: 'Cel',
    theirPosition: 'Ich stanowisko',
    theirInterests: 'Na czym może im zależeć',
    commonGround: 'Wspólny grunt',
    concessions: 'Co możesz dać',
    nonNegotiables: 'Czego musisz się trzymać',
    opening: 'Pierwsze zdanie',
    questionsToAsk: 'Pytania do zadania',
    options: 'Opcje korzystne dla obu stron',
    ifItHeatsUp: 'Jeśli zrobi się gorąco',
    takeABreak: 'Przerwa',
    followUp: 'Po rozmowie',
    questions: 'Żeby plan był trafniejszy, napisz Parleyowi',
  },
  emptyPlan: 'Parley nie ma jeszcze planu na tę sytuację. Opisz ją dokładniej.',
  notice: {
    fallback: 'Uwaga: model był niedostępny, więc odpowiedział coach offline.',
    'rate-limited':
      'Uwaga: limit zapytań do modelu został na razie wyczerpany, więc odpowiedział coach offline.',
  },
  roughLanguage: en.roughLanguage,
};

export function labelsFor(language: string): Labels {
  return language === 'pl' ? pl : en;
}
