/** Polskie kwestie rozmówcy w trybie ćwiczeń (Parley gra drugą stronę) i teksty podsumowania. */
import type { PracticeLanguagePack } from './types.ts';

export const PRACTICE_PL: PracticeLanguagePack = {
  lines: {
    discount: (f) => ({
      push: f.percent
        ? [
            `Potrzebujemy ${f.percent} rabatu, inaczej poszukamy kogoś innego.`,
            `Szczerze mówiąc, Wasza cena jest z kosmosu. Zostaniemy tylko przy rabacie ${f.percent}.`,
          ]
        : [
            'Potrzebujemy konkretnego rabatu, inaczej poszukamy kogoś innego.',
            'Szczerze mówiąc, Wasza cena jest z kosmosu. Musi spaść, inaczej rezygnujemy.',
          ],
      object: [
        'Nasz budżet jest zamknięty. Nie mogę pójść do finansów z Waszą obecną kwotą.',
        'Mamy ofertę od innego dostawcy, wyraźnie tańszą. Dlaczego mielibyśmy płacić więcej?',
      ],
      test: [
        'A może chociaż pełny zakres w niższej cenie? Nie możemy z niczego zrezygnować.',
        f.percent
          ? `Jeśli nie dacie ${f.percent}, to może dorzucicie dodatkowe wsparcie za darmo?`
          : 'Jeśli nie możecie zejść z ceny, to może dorzucicie dodatkowe wsparcie za darmo?',
      ],
      soften: [
        'Gdybyśmy podpisali umowę na dwa lata zamiast na rok, co moglibyście zrobić z ceną?',
        'Start etapami mógłby zadziałać, o ile pierwsza faktura zmieści się w budżecie tego kwartału.',
      ],
      agree: [
        'To może zadziałać. Proszę o nową ofertę na piśmie, zaniosę ją do finansów.',
        'Dobrze, idźmy w tę stronę. Czy możecie przesłać warunki mailem jeszcze dziś?',
      ],
      reveal: [
        'Powiem szczerze: muszę pokazać dyrektorowi finansowemu oszczędność na tej pozycji, inaczej cały projekt stanie pod znakiem zapytania.',
        'Prawda jest taka, że tamta oferta jest na mniejszy zakres, ale mój szef patrzy tylko na sumę.',
      ],
    }),
    'overdue-invoice': () => ({
      push: [
        'Zapłacimy, jak będziemy mogli. Teraz jest u nas ciężko.',
        'Faktura jest w systemie. Przejdzie, kiedy przejdzie.',
      ],
      object: [
        'Szczerze mówiąc, nie byliśmy do końca zadowoleni z ostatniej dostawy, więc nikt się nie spieszy z akceptacją.',
        'Księgowość mówi, że na fakturze brakuje numeru zamówienia, więc utknęła.',
      ],
      test: [
        'Może zapłacimy połowę teraz, a resztę w przyszłym kwartale?',
        'Czy możecie dalej pracować nad kolejnym etapem, zanim uregulujemy płatność?',
      ],
      soften: [
        'Jeśli wyślecie ją dziś ponownie z numerem zamówienia, przepchnę ją w tym tygodniu.',
        'Plan spłaty mógłby nam pasować. Dwie raty byłyby łatwiejsze.',
      ],
      agree: [
        'Dobrze. Pierwsza połowa w tym tygodniu, reszta do końca miesiąca. Potwierdzę mailem.',
        'W porządku, załatwię akceptację w tym tygodniu i prześlę potwierdzenie przelewu.',
      ],
      reveal: [
        'Między nami: w tym miesiącu mamy kiepską płynność i głupio mi ciągle mówić „w przyszłym tygodniu”.',
        'Prawdziwy problem jest taki, że osoba, która zatwierdza faktury, jest na urlopie, a nikt inny nie może tego podpisać.',
      ],
    }),
    'price-increase': (f) => ({
      push: [
        f.percent
          ? `${f.percent} więcej? To dużo. Nie zapłacimy tyle.`
          : 'Podwyżka? Nie zapłacimy więcej i tyle.',
        'Nie możemy teraz przyjąć podwyżki. Budżet jest ustalony.',
      ],
      object: [
        'Jesteśmy lojalnymi klientami od lat. Dlaczego to my mamy za to płacić?',
        'Inni dostawcy trzymają ceny. Dlaczego Wy nie możecie?',
      ],
      test: [
        'Zostawcie nam starą cenę, to zostaniemy. Inaczej się rozejrzymy.',
        'Przynajmniej przesuńcie to o rok. Da się?',
      ],
      soften: [
        'Gdyby to wchodziło stopniowo, pewnie dałbym radę to przyjąć.',
        'Gwarancja ceny na dwa lata ułatwiłaby mi sprzedanie tego u siebie.',
      ],
      agree: [
        'Dobrze, proszę przesłać nowe warunki z etapami, a ja doprowadzę do podpisu.',
        'W porządku. Proszę to spisać z datami, przedstawię to zespołowi.',
      ],
      reveal: [
        'Prawdziwy problem jest taki, że już przedstawiłem tegoroczny budżet i otwieranie go na nowo źle o mnie świadczy.',
        'Szczerze mówiąc, potrzebuję przede wszystkim argumentu dla mojego dyrektora finansowego.',
      ],
    }),
    'missed-deadline': () => ({
      push: [
        'To nie moja wina. Wymagania ciągle się zmieniały.',
        'Paliły mi się trzy inne rzeczy. Coś musiało się opóźnić.',
      ],
      object: [
        'Nikt mi nie powiedział, że to jest priorytet.',
        'Przez tydzień czekałem na dane od innego zespołu.',
      ],
      test: [
        'Może po prostu znowu przesuniemy termin? Jeszcze dwa tygodnie i będzie gotowe.',
        'Może odpuścimy testy? To one zajmują najwięcej czasu.',
      ],
      soften: [
        'No dobrze. Gdybym mógł oddać komuś raportowanie, skończyłbym to szybciej.',
        'Masz rację, powinienem był dać znać wcześniej. Jaki termin byłby dla Ciebie realny?',
      ],
      agree: [
        'Dobrze, mogę się zobowiązać do tego terminu i dam znać dwa dni wcześniej, jeśli coś się posypie.',
        'Umowa. W połowie tygodnia prześlę Ci krótką informację, żebyś wiedział, na czym stoimy.',
      ],
      reveal: [
        'Szczerze mówiąc, jestem przeciążony i nie wiedziałem, jak odmówić.',
        'Prawda jest taka, że nie wiedziałem, co znaczy „gotowe”, więc ciągle to poprawiałem.',
      ],
    }),
    'poor-work': () => ({
      push: ['Zrobiłem dokładnie to, co było w zadaniu.', 'Nie widzę, co jest nie tak. Jest skończone.'],
      object: ['Miałem na to dwa dni. Czego się spodziewałeś?', 'Nikt mi nie mówił o tych standardach.'],
      test: [
        'Może wypuścimy to tak, jak jest, a poprawimy później?',
        'Może ktoś inny zrobi poprawki? Mam inną robotę.',
      ],
      soften: [
        'Dobra, jeśli pokażesz mi przykład, jak ma wyglądać dobra wersja, przerobię to.',
        'Rozumiem uwagę o błędach. Które dwie rzeczy są najważniejsze?',
      ],
      agree: [
        'W porządku, poprawiona wersja będzie do końca tygodnia, a w połowie pokażę Ci, jak idzie.',
        'Dobrze. Poprawię te punkty i najpierw wyślę Ci do szybkiego przejrzenia.',
      ],
      reveal: [
        'Szczerze mówiąc, nie byłem pewien, czego oczekujesz, i nie chciałem znowu pytać.',
        'Martwię się, że przez to źle wypadnę przed zespołem.',
      ],
    }),
    'unresponsive-peer': () => ({
      push: [
        'Jestem zawalony robotą. Zajmę się tym, jak będę mógł.',
        'Widziałem Twoje wiadomości. Po prostu nie miałem czasu.',
      ],
      object: [
        'Mój przełożony dał mi coś pilniejszego.',
        'Szczerze mówiąc, Twoja prośba nie była zbyt jasna.',
      ],
      test: ['Nie możesz po prostu działać beze mnie?', 'Może zapytaj kogoś innego? Naprawdę nie dam rady.'],
      soften: [
        'Jeśli to naprawdę tylko „tak” albo „nie”, mogę odpowiedzieć jeszcze dziś.',
        'Piętnaście minut rozmowy byłoby łatwiejsze niż kolejny długi wątek.',
      ],
      agree: [
        'Dobra, wyślę to do czwartku. Przypomnij mi się w środę, jeśli nic nie dostaniesz.',
        'W porządku, zróbmy jutro krótką rozmowę i dam Ci, czego potrzebujesz.',
      ],
      reveal: [
        'Szczerze mówiąc, nie odpisałem, bo nie jestem pewien, czy da się zrobić to, o co prosisz, a nie chciałem odmawiać.',
        'Prawda jest taka, że szef kazał mi skupić się na wdrożeniu i nie chcę mieć kłopotów.',
      ],
    }),
    apology: () => ({
      push: [
        'Ta awaria kosztowała nas dzień sprzedaży. To nie może się powtórzyć.',
        'Mówiąc wprost, jestem wściekły. Nasi klienci dzwonili do nas cały ranek.',
      ],
      object: [
        'To samo mówiliście ostatnim razem. Dlaczego mamy teraz wierzyć?',
        'Przeprosiny nie zwrócą nam tego, co straciliśmy.',
      ],
      test: [
        'Chcemy zwrotu za cały miesiąc, inaczej wracamy do rozmowy o umowie.',
        'Proszę napisać, że to się już nigdy nie powtórzy.',
      ],
      soften: [
        'Dobrze, to, że wiem, co się zmieniło, pomaga. Kiedy dostaniemy raport?',
        'Doceniam, że bierzecie to na siebie. Rabat pomógłby mi wytłumaczyć to u siebie.',
      ],
      agree: [
        'Dobrze. Proszę przesłać raport i notę uznaniową, a za 30 dni porozmawiajmy znowu.',
        'W porządku. Proszę mnie informować, zobaczymy, jak pójdzie kolejny miesiąc.',
      ],
      reveal: [
        'Najgorsze było to, że musiałem to tłumaczyć szefowi bez żadnych faktów.',
        'Tak naprawdę potrzebuję czegoś, co pokażę naszym klientom.',
      ],
    }),
    escalation: () => ({
      push: [
        'Poszedłem do Twojego szefa, bo nic się nie działo.',
        'Musiałem to eskalować. Prosiłem Cię dwa razy.',
      ],
      object: [
        'Kiedy Ci o tym mówiłem, nie wyglądało na to, że traktujesz to poważnie.',
        'Twój szef musiał wiedzieć. To wpływa też na moje terminy.',
      ],
      test: [
        'Będę dawał Twojego szefa do wiadomości, dopóki to nie zostanie naprawione.',
        'Jeśli znowu utknie, pójdę prosto do dyrektora.',
      ],
      soften: [
        'No dobrze, mogłem najpierw przyjść do Ciebie.',
        'Gdybym wiedział, że szybko odpowiesz, nie musiałbym iść wyżej.',
      ],
      agree: [
        'Dobra, umowa: następnym razem najpierw przychodzę do Ciebie, a jak utkniemy, eskalujemy razem.',
        'W porządku. Zróbmy cotygodniowe krótkie spotkanie i nie mieszajmy w to przełożonych.',
      ],
      reveal: [
        'Szczerze mówiąc, mój szef mnie naciska i musiałem pokazać, że coś zrobiłem.',
        'Czułem się ignorowany, a pójście wyżej było jedynym sposobem, żeby ktoś zareagował.',
      ],
    }),
    other: () => ({
      push: ['Nie widzę powodu, żebyśmy o tym rozmawiali.', 'Chyba jasno powiedziałem, jakie mam zdanie.'],
      object: ['Zupełnie inaczej to widzę.', 'Robisz z tego większą sprawę, niż jest.'],
      test: ['To czego konkretnie ode mnie chcesz?', 'A jeśli odmówię?'],
      soften: [
        'Dobrze, rozumiem, dlaczego to dla Ciebie ważne.',
        'W porządku. Powiedz więcej, co masz na myśli.',
      ],
      agree: [
        'Dobra, spróbujmy tak i zobaczymy, jak pójdzie.',
        'W porządku, pasuje mi. Wróćmy do tego w przyszłym tygodniu.',
      ],
      reveal: [
        'Szczerze mówiąc, ostatnio czuję się trochę pomijany.',
        'Prawdę mówiąc, jestem pod większą presją, niż może się wydawać.',
      ],
    }),
  },
  firmer: [
    'Z całym szacunkiem, to niczego nie zmienia.',
    'Nie podoba mi się ten ton. A moje zdanie się nie zmieniło.',
    'To nie pomaga. Powiem jeszcze raz, jasno.',
  ],
  pause: [
    'Dobrze. Krótka przerwa to chyba dobry pomysł. Wróćmy do tego wtedy.',
    'W porządku, zróbmy przerwę. Ale jak wrócimy, chcę konkretnej odpowiedzi.',
  ],
  asides: {
    blame:
      'Uwaga trenera: „{quote}” brzmi jak obwinianie, więc druga strona się okopuje. Podaj fakt i jego skutek, a potem zadaj pytanie.',
    threat:
      'Uwaga trenera: „{quote}” brzmi jak groźba; druga strona zaczyna się bronić zamiast myśleć. Powiedz, czego potrzebujesz i dlaczego.',
    hostile:
      'Uwaga trenera: „{quote}” zaboli. Weź oddech i powiedz, czego chcesz, a nie co myślisz o tej osobie.',
    pointed: 'Uwaga trenera: „{quote}” brzmi uszczypliwie. Powiedz to wprost, łatwiej to usłyszeć.',
    pressure: 'Uwaga trenera: „{quote}” brzmi jak polecenie. Spróbuj prośby z uzasadnieniem.',
    heated:
      'Uwaga trenera: ta wypowiedź brzmi nerwowo. Zwolnij, uznaj argument drugiej strony i zadaj pytanie.',
  },
  debrief: {
    techniqueNames: {
      contrasting: 'kontrastowanie',
      'shared-purpose': 'wspólny cel',
      'interests-not-positions': 'pytania o interesy',
      apology: 'szczere przeprosiny',
      'take-a-break': 'przerwę w dobrym momencie',
      'make-it-safe': 'uznanie drugiej strony',
    },
    strengthNotes: {
      contrasting: 'Wykluczyłeś wrogą interpretację, zanim przeszedłeś do rzeczy: „{quote}”',
      'shared-purpose': 'Nazwałeś cel, który macie wspólny: „{quote}”',
      'interests-not-positions': 'Zadałeś otwarte pytanie o to, co stoi za żądaniem: „{quote}”',
      apology: 'Wziąłeś odpowiedzialność wprost: „{quote}”',
      'take-a-break': 'Zaproponowałeś przerwę zamiast naciskać: „{quote}”',
      'make-it-safe': 'Uznałeś punkt widzenia drugiej strony, zanim odpowiedziałeś: „{quote}”',
    },
    tips: {
      contrasting:
        'Zacznij od kontrastu: powiedz, czego nie masz na myśli („Nie chodzi mi o…”), a potem, o co Ci chodzi.',
      'shared-purpose': 'Zanim o coś poprosisz, nazwij wspólny cel („Obu nam zależy na…”).',
      'interests-not-positions':
        'Zanim cokolwiek zaproponujesz, zadaj co najmniej dwa otwarte pytania o potrzeby drugiej strony.',
      'make-it-safe': 'Nazwij na głos presję drugiej strony („Rozumiem, że…”), zanim na nią odpowiesz.',
    },
    caving: 'Ustąpiłeś w sprawie żądania, nie dostając nic w zamian: „{quote}”',
    cavingTip: 'Przed rozmową ustal swoją granicę i wymieniaj się: nic nie dajesz bez czegoś w zamian.',
    slipTips: {
      blame: 'Zamiast ocen („zawsze”, „Twoja wina”) podawaj fakt i jego skutek.',
      threat: 'Zrezygnuj z ultimatum; powiedz, czego potrzebujesz i co możesz zaoferować.',
      hostile:
        'Gdy czujesz, że rosną emocje, zatrzymaj się przed odpowiedzią albo zaproponuj krótką przerwę.',
      pointed: 'Mów wprost, bez sarkazmu i bez „jak już pisałem”.',
      pressure: 'Zamieniaj polecenia na prośby z uzasadnieniem i terminem.',
    },
    empty:
      'Nie ma jeszcze czego omawiać: w tym ćwiczeniu nic jeszcze nie powiedziałeś. Zacznij, kiedy będziesz gotów; najlepiej od zdania otwierającego.',
    emptyNext: 'Wypróbuj zdanie otwierające z planu: kontrast, a potem jedno otwarte pytanie.',
    summaryStrong:
      'Mocne ćwiczenie ({turns}): użyłeś technik: {techniques} i przez cały czas zachowałeś spokój.',
    summaryMixed: 'Dobre momenty ({turns}): użyłeś technik: {techniques}. Do poprawy: {slips}.',
    summaryWeak:
      'Wytrwałeś w rozmowie ({turns}), a to najtrudniejsze. Następnym razem oprzyj się na jednej technice z planu.',
    summarySlipsOnly:
      'Wytrwałeś w rozmowie ({turns}), ale jest co poprawić: {slips}. Jedna technika z planu zmieniłaby ton rozmowy.',
  },
};
