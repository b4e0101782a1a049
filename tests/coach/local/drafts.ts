/**
 * Realistic tense and heated workplace drafts (English and Polish) written for these tests.
 * Each names the context it was written for.
 */
import type { Context } from '../../../src/coach/schemas.ts';

export interface TableDraft {
  name: string;
  language: 'en' | 'pl';
  context: Context | null;
  text: string;
}

export const HEATED_DRAFTS: TableDraft[] = [
  {
    name: 'client demanding a 30% discount',
    language: 'en',
    context: 'client',
    text: "Honestly, your pricing is a joke. Give us 30% off by Friday or we're moving to another vendor. Final offer.",
  },
  {
    name: 'overdue invoice with escalation',
    language: 'en',
    context: 'client',
    text: 'Invoice INV-2041 for 12,400 PLN is now 45 days overdue!!! Pay it by Friday or I will go straight to your CEO.',
  },
  {
    name: 'peer ignoring requests',
    language: 'en',
    context: 'peer',
    text: "You never answer my messages. I've asked about ticket #4521 three times since Monday. Reply TODAY, no excuses.",
  },
  {
    name: 'report whose work missed the mark',
    language: 'en',
    context: 'report',
    text: "This deck is useless. You clearly didn't read the brief from Anna, and the numbers for Q3 are wrong again.",
  },
  {
    name: 'non-apology after an outage',
    language: 'en',
    context: 'client',
    text: 'Sorry if you felt the outage on Tuesday at 14:30 was a big deal, but these things happen and we fixed it in 2 hours.',
  },
  {
    name: 'threat to escalate to the boss',
    language: 'en',
    context: 'peer',
    text: "If JIRA-123 isn't merged by Thursday I'm going to your manager. I'm done waiting on you.",
  },
  {
    name: 'all caps shouting',
    language: 'en',
    context: 'team',
    text: 'WHO PUSHED TO MAIN WITHOUT A REVIEW??? THE BUILD HAS BEEN RED SINCE 9:15 AND NOBODY CARES!!!',
  },
  {
    name: 'sarcasm about a missed deadline',
    language: 'en',
    context: 'peer',
    text: 'Great job missing the deadline again, really impressive. Thanks a lot for the weekend of overtime.',
  },
  {
    name: 'passive-aggressive reminder',
    language: 'en',
    context: 'vendor',
    text: 'As I already explained twice, the delivery for order 7781 was due on March 3. Per my last email, we need it by Wednesday. Obviously.',
  },
  {
    name: 'boss with blame and absolutes',
    language: 'en',
    context: 'boss',
    text: 'You always change the priorities at the last minute and everyone on the team is fed up with it. We lost 3 days on the migration.',
  },
  {
    name: 'insult in a code review',
    language: 'en',
    context: 'peer',
    text: 'What kind of idiot writes code like this? Fix the tests in PR 212 immediately.',
  },
  {
    name: 'Polish: client demanding a discount',
    language: 'pl',
    context: 'client',
    text: 'Wasza oferta to żart. Albo dacie nam 30% rabatu do piątku, albo zmieniamy dostawcę. To nasze ostatnie słowo.',
  },
  {
    name: 'Polish: overdue invoice',
    language: 'pl',
    context: 'client',
    text: 'Faktura FV/2024/03/15 na 12 400 zł jest 45 dni po terminie!!! Jeśli nie zapłacicie do piątku, idę do Waszego prezesa.',
  },
  {
    name: 'Polish: peer ignoring requests',
    language: 'pl',
    context: 'peer',
    text: 'Nigdy nie odpowiadasz na moje wiadomości. Pytam o zgłoszenie #4521 od poniedziałku. Odpisz wreszcie!!!',
  },
  {
    name: 'Polish: report whose work missed the mark',
    language: 'pl',
    context: 'report',
    text: 'Ten raport jest beznadziejny. Znowu pomyliłeś dane za marzec i Kasia musiała wszystko poprawiać w nocy.',
  },
  {
    name: 'Polish: non-apology after an outage',
    language: 'pl',
    context: 'client',
    text: 'Przepraszam, jeśli poczuliście się urażeni, ale awaria we wtorek o 14:30 trwała tylko 2 godziny.',
  },
  {
    name: 'Polish: threat to escalate',
    language: 'pl',
    context: 'peer',
    text: 'Jeśli do czwartku nie skończysz JIRA-123, to idę z tym do Twojego szefa. Mam dość czekania na Ciebie.',
  },
  {
    name: 'Polish: all caps',
    language: 'pl',
    context: 'team',
    text: 'KTO ZNOWU WYPUŚCIŁ WERSJĘ BEZ TESTÓW??? PRODUKCJA LEŻY OD 9:15!!!',
  },
  {
    name: 'Polish: sarcasm',
    language: 'pl',
    context: 'peer',
    text: 'No brawo, gratuluję, znowu spóźnienie. Dzięki za nic, mam przez Ciebie weekend z głowy.',
  },
  {
    name: 'Polish: demand with pressure',
    language: 'pl',
    context: 'vendor',
    text: 'Macie natychmiast wysłać brakujące 120 sztuk z zamówienia 5512. Bez dyskusji. Termin był 10 marca.',
  },
  {
    name: 'Polish: dismissive to a boss',
    language: 'pl',
    context: 'boss',
    text: 'Wszyscy wiedzą, że ten plan nie ma sensu. Uspokój się, zawsze panikujesz przed kwartalnym przeglądem.',
  },
  {
    name: 'guilt trip to a team',
    language: 'en',
    context: 'team',
    text: "After everything I've done for this team, nobody could be bothered to update the roadmap before the 10:00 review? Unbelievable.",
  },
];
