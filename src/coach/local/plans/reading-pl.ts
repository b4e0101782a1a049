/** Polska treść do czytania cudzych wiadomości: życzliwa interpretacja, potrzeby i części odpowiedzi. */
import { plWhen } from './figures.ts';
import type { ReadingLanguagePack } from './types.ts';

export const READING_PL: ReadingLanguagePack = {
  situations: {
    discount: (f) => ({
      intent:
        'Najpewniej chcą ceny, którą obronią u siebie w firmie, i sprawdzają, ile jest pola do negocjacji.',
      ack: f.percent
        ? `Rozumiem, że cena jest dla Was problemem i że oczekujecie rabatu ${f.percent}.`
        : 'Rozumiem, że cena jest dla Was problemem.',
      not: 'Wasze obawy dotyczące ceny są nieważne',
      want: 'chcę znaleźć rozwiązanie, które zmieści się w Waszym budżecie i będzie możliwe także dla nas',
      offer:
        'Kilka pomysłów do rozważenia: dłuższa umowa, zakres podzielony na etapy albo inny harmonogram płatności.',
      ask: 'Jakim budżetem dysponujecie i co musicie pokazać u siebie, żeby to zatwierdzić?',
    }),
    'overdue-invoice': (f) => ({
      intent: 'Najpewniej muszą rozliczyć fakturę, żeby zamknąć swoje księgi, i czekają już jakiś czas.',
      ack: f.amount
        ? `Dziękuję za przypomnienie o fakturze na ${f.amount}.`
        : 'Dziękuję za przypomnienie o fakturze.',
      not: 'unikamy płatności',
      want: 'chcę to uregulować i podać termin, na którym możecie polegać',
      offer: 'Sprawdzam, na jakim etapie akceptacji jest faktura, i wrócę z potwierdzoną datą płatności.',
      ask: 'Czy jest coś w fakturze, co powinienem przekazać naszemu działowi finansów?',
    }),
    'price-increase': (f) => ({
      intent: 'Najpewniej chcą dalej współpracować mimo zmiany cen i zależy im, żeby przebiegło to uczciwie.',
      ack: f.percent
        ? `Dziękuję za wiadomość o zmianie ceny o ${f.percent}.`
        : 'Dziękuję za wiadomość w sprawie cennika.',
      not: 'o cenach nie da się rozmawiać',
      want: 'chcę, żebyśmy znaleźli warunki dobre dla obu stron',
      offer: 'Czy możemy razem przyjrzeć się terminowi, wprowadzeniu zmiany etapami albo dłuższej umowie?',
      ask: 'Co sprawiłoby, że ta zmiana będzie dla Was do przyjęcia?',
    }),
    'missed-deadline': (f) => ({
      intent: 'Najpewniej zależą od tej pracy i martwią się o własne zobowiązania.',
      ack: f.date
        ? `Masz rację, termin minął ${plWhen(f.date)}, i rozumiem, że opóźnienie utrudnia Wam pracę.`
        : 'Masz rację co do opóźnienia i rozumiem, że utrudnia Wam pracę.',
      not: 'opóźnienie nie ma znaczenia',
      want: 'chcę podać realny termin i informować na bieżąco aż do końca',
      offer: 'Prześlę realny termin dostarczenia i krótką informację, co zostało do zrobienia.',
      ask: 'Która część jest Wam potrzebna najpierw, żebyśmy mogli od niej zacząć?',
      fix: 'Jeszcze dziś prześlę realny termin dostarczenia i będę informować na bieżąco aż do końca.',
    }),
    'poor-work': () => ({
      intent:
        'Najpewniej chcą, żeby praca spełniała ich standard, i chcą wiedzieć, że traktujemy to poważnie.',
      ack: 'Dziękuję za informację zwrotną. Widzę, że praca nie spełniła Waszych oczekiwań.',
      not: 'ta informacja zwrotna jest niemile widziana',
      want: 'chcę dokładnie zrozumieć, co nie wyszło, żeby kolejna wersja była trafiona',
      offer:
        'Proponuję, żebyśmy razem przeszli przez najważniejsze punkty i ustalili, jak wygląda dobry wynik.',
      ask: 'Które dwie, trzy zmiany są dla Was najważniejsze?',
      fix: 'Poprawię to i przed wysłaniem kolejnej wersji skonsultuję z Tobą najważniejsze punkty.',
    }),
    'unresponsive-peer': () => ({
      intent: 'Najpewniej potrzebują odpowiedzi, żeby ruszyć ze swoją pracą, i mogą czuć się pominięci.',
      ack: 'Dziękuję, że się przypominasz. Wiem, że czekasz na odpowiedź.',
      not: 'Twoja prośba jest dla mnie mało ważna',
      want: 'chcę dać Ci porządną odpowiedź i termin, na którym możesz się oprzeć',
      offer: 'Wrócę do Ciebie z jasną odpowiedzią albo z terminem, kiedy ją dostaniesz.',
      ask: 'Co jest Ci potrzebne najpilniej, żebym od tego zaczął?',
      fix: 'Dostaniesz ode mnie porządną odpowiedź, a tam, gdzie jeszcze jej nie mam, konkretny termin.',
    }),
    apology: (f) => ({
      intent:
        'Najpewniej potrzebują pewności, że problem jest zrozumiany i naprawiony, i być może muszą to wytłumaczyć innym.',
      ack: f.date
        ? `Rozumiem, jak bardzo utrudnienia ${plWhen(f.date)} wpłynęły na Waszą pracę.`
        : 'Rozumiem, jak bardzo te utrudnienia wpłynęły na Waszą pracę.',
      not: 'to była drobna sprawa',
      want: 'rozumiem skutki i chcę pokazać, co z tym robimy',
      offer: 'Prześlę krótkie podsumowanie: co się stało, co już naprawiliśmy i co zmieniamy.',
      ask: 'Co najbardziej pomogłoby Wam teraz?',
    }),
    escalation: () => ({
      intent: 'Najpewniej czują, że sprawa utknęła, i chcą, żeby ktoś szybko się nią zajął.',
      ack: 'Widzę, że to było frustrujące, i chcę pomóc ruszyć sprawę z miejsca.',
      not: 'nie powinieneś był tego zgłaszać',
      want: 'chcę to wyjaśnić z Tobą bezpośrednio i szybko',
      offer: 'Czy możemy krótko porozmawiać i razem ustalić kolejny krok?',
      ask: 'Co musiałbyś ode mnie zobaczyć, żeby mieć poczucie, że sprawa idzie do przodu?',
      fix: 'Od teraz wszystko, co mi zgłaszasz, dostanie ode mnie szybką odpowiedź.',
    }),
    other: (f) => ({
      intent: 'Najpewniej chcą być wysłuchani i zobaczyć, że sprawa idzie do przodu.',
      ack: f.date ? 'Dziękuję za wiadomość.' : 'Dziękuję, że mówisz mi o tym wprost.',
      not: 'zbywam tę sprawę',
      want: 'chcę zrozumieć Twój punkt widzenia i ustalić kolejny krok',
      offer: f.date
        ? `Sprawdzę, co jest możliwe (termin: ${f.date}), i potwierdzę.`
        : 'Czy możemy znaleźć chwilę, żeby o tym porozmawiać?',
      ask: 'Co jest dla Ciebie w tej sprawie najważniejsze?',
      fix: 'Przyjrzę się temu porządnie i wrócę z propozycją kolejnego kroku.',
    }),
  },
  toneIntent: {
    threat: 'Ultimatum najpewniej ma pokazać, jak ważna jest ta sprawa, a nie jest już podjętą decyzją.',
    blame: 'Ostre uogólnienia najpewniej wynikają z narastającej frustracji, a nie ze stałej opinii o Tobie.',
    hostile: 'Ostry ton najpewniej odzwierciedla chwilowy stres, a nie utrwalony pogląd.',
    pointed:
      'Uszczypliwe sformułowania najpewniej znaczą, że czują się niewysłuchani przy wcześniejszych wiadomościach.',
    pressure: 'Nacisk najpewniej wynika z terminu albo osoby, przed którą sami odpowiadają.',
  },
  impact: {
    heated:
      'Może to zabrzmieć jak atak{quote}. Chęć obrony jest naturalna i właśnie dlatego warto się zatrzymać przed odpowiedzią.',
    tense: 'Może to zabrzmieć jak nacisk{quote}; sama prośba wciąż jest do załatwienia.',
    calm: 'Wiadomość brzmi spokojnie i rzeczowo; nie ma tu przed czym się bronić, więc możesz odpowiedzieć na meritum.',
  },
  complaintNeed:
    'Pewność, że to, co poszło nie tak, zostało naprawione, więc pełna cena znów wyda się uczciwa.',
  flagNeeds: {
    threat: 'Poważne potraktowanie: ultimatum zwykle znaczy, że nie widzą innego sposobu nacisku.',
    blame: 'Usłyszeć, że ktoś bierze odpowiedzialność i mówi, co się zmieni.',
    hostile: 'Zostać wysłuchanym, zanim zacznie się rozmowa o czymkolwiek innym.',
    pointed: 'Uznanie wcześniejszych wiadomości, które czują się zignorowane.',
    pressure: 'Szybkość i jasna odpowiedź, którą mogą przekazać dalej.',
  },
  why: {
    'make-it-safe':
      'Najpierw przywraca poczucie bezpieczeństwa (szacunek i wspólny cel), żeby fakty mogły zostać usłyszane.',
    contrasting: 'Wyklucza wrogą interpretację, zanim padnie właściwa treść, więc nie zabrzmi jak zbycie.',
    apology: 'Bierze odpowiedzialność wprost, bez „ale”, i mówi, co będzie dalej.',
    'shared-purpose':
      'Zaczyna od celu, który obie strony podzielają, więc spór staje się wspólnym problemem.',
    'interests-not-positions': 'Pyta, co stoi za żądaniem, co otwiera możliwości poza „tak” albo „nie”.',
  },
  cues: {
    cool: 'Nie odpisuj w złości: napisz szkic, odczekaj dziesięć minut i przeczytaj go jeszcze raz przed wysłaniem.',
    askFirst:
      'Najpierw zapytaj, potem proponuj: dowiedz się, czego potrzebują, zanim zaoferujesz rozwiązanie.',
    call: 'To za dużo, żeby załatwić to na piśmie; zaproponuj krótką rozmowę.',
    ultimatum: 'Nie odpowiadaj ultimatum na ultimatum; odnieś się do potrzeby, która za nim stoi.',
    absolutes: 'Nie spieraj się o „zawsze” i „nigdy”; odnieś się do konkretnej sytuacji.',
    calm: 'Odpowiedz na to, o co pytają, i w jednym zdaniu potwierdź kolejny krok.',
    direct: 'Odpowiedz tej osobie bezpośrednio, zanim ktokolwiek zaangażuje przełożonych.',
    fault:
      'Jeśli część winy leży po Twojej stronie, powiedz to wprost i na początku; to najszybciej studzi emocje.',
  },
  quote: (phrases) => (phrases.length > 0 ? ` (${phrases.map((p) => `„${p}”`).join(', ')})` : ''),
};
