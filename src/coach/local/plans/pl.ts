/** Polska treść planów przygotowania do rozmowy, po jednej funkcji na sytuację. */
import { type Figures, plWhen } from './figures.ts';
import type { PlanLanguagePack, PlanText } from './types.ts';

function discount(f: Figures): PlanText {
  const cut = f.percent ? `${f.more ? 'kolejnych ' : ''}${f.percent} rabatu` : 'większego rabatu';
  return {
    goal: `Utrzymać kontrakt i relację, nie oddając po prostu ${cut}: każde ustępstwo cenowe ma mieć coś w zamian (dłuższą umowę, większy wolumen, mniejszy zakres albo szybszą płatność).`,
    theirPosition: f.percent
      ? `„Potrzebujemy ${f.percent} rabatu, inaczej poszukamy kogoś innego”.`
      : '„Wasza cena jest za wysoka. Potrzebujemy konkretnego rabatu, inaczej poszukamy kogoś innego”.',
    theirInterests: [
      'Zmieszczenie się w budżecie, który może być już zamknięty na ten kwartał albo rok.',
      'Uzasadnienie wydatku w firmie: dział finansów albo ich przełożony może pytać, dlaczego to tyle kosztuje.',
      'Poczucie, że są ważnym klientem, zwłaszcza jeśli współpracujecie od dawna albo ostatnio coś poszło nie tak.',
      'Pewność, że nie przepłacają: mogą mieć tańszą ofertę od konkurencji.',
      'Mniejsze ryzyko: płacić mniej, dopóki nie są pewni efektów.',
    ],
    commonGround: [
      'Obu stronom zależy, żeby ta współpraca doszła do skutku: przyszli negocjować, a nie po cichu odejść.',
      'Obie strony chcą ceny, którą oni obronią u siebie, a Ty dowieziesz za nią dobrą jakość.',
      'Nikt nie chce zaczynać od nowa z kimś innym.',
    ],
    concessions: [
      'Co możesz zaoferować niskim kosztem: dłuższą umowę, rabat za przedpłatę, mniejszy pierwszy etap, kilka godzin wsparcia gratis?',
      f.percent
        ? `Czy jest mniejszy krok niż ${f.percent}, który byłby dla Ciebie do przyjęcia, i czego chcesz w zamian?`
        : 'Czy jakakolwiek obniżka byłaby dla Ciebie do przyjęcia, i czego chcesz w zamian?',
      'Czy zamiast obniżać cenę, możesz dodać wartość: wdrożenie, szkolenie, wcześniejszy termin?',
    ],
    nonNegotiables: [
      'Jaka jest Twoja cena minimalna, poniżej której ta umowa przynosi stratę?',
      'Co musi zostać w zakresie niezależnie od ceny (jakość, wsparcie, terminy)?',
      'Czy zgodzisz się obniżyć cenę, nie dostając nic w zamian? Dobra zasada: żadnego rabatu bez wymiany.',
    ],
    lead: 'Dziękuję, że mówisz otwarcie o cenie.',
    not: 'Twój budżet nie jest prawdziwym problemem',
    want: `chcę znaleźć wersję, która zmieści się w Twoim budżecie i będzie się opłacać także nam, zamiast po prostu obniżać cenę${f.percent ? ` o ${f.percent}` : ''}`,
    questionsToAsk: [
      'Jakim budżetem dysponujesz i na ile jest on sztywny?',
      'Co musisz pokazać u siebie w firmie, żeby to zostało zatwierdzone?',
      'Porównując nas z innymi ofertami, co porównujesz: samą cenę czy też zakres i wsparcie?',
      'Które części pracy są dla Ciebie najważniejsze, a które mogą poczekać?',
      f.percent
        ? `Co umożliwiłby Ci rabat ${f.percent}, czego nie umożliwia obecna cena?`
        : 'Przy jakiej cenie decyzja byłaby dla Ciebie łatwa i skąd ta kwota?',
    ],
    options: [
      'Wolumen za cenę: niższa stawka w zamian za większe zamówienie albo dłuższą umowę.',
      'Zakres etapami: najpierw to, czego potrzebują najbardziej, z mniejszą pierwszą fakturą, reszta później.',
      'Niewielki rabat w zamian za przedpłatę albo krótszy termin płatności.',
      'Gwarancja ceny na 12–24 miesiące zamiast obniżki teraz.',
      'Ta sama cena, większa wartość: szkolenie, godziny wsparcia, szybsza realizacja.',
    ],
    ifItHeatsUp: [
      'Najpierw pokaż, że słyszysz: „Widzę, pod jaką presją budżetu jesteś, i traktuję to poważnie”.',
      'Wróć do faktów: co obejmuje cena, co się zmieniło, co zawiera (a czego nie) oferta konkurencji.',
      'Jeśli grożą odejściem, zachowaj spokój: „Szkoda byłoby nam się rozstać. Zanim zdecydujesz, przejrzyjmy razem dwie, trzy możliwości”.',
    ],
    followUp: [
      'Jeszcze tego samego dnia wyślij krótkie podsumowanie: cena, co obejmuje i co daje każda ze stron.',
      'Ustal, kto co robi i do kiedy: kto wysyła nową ofertę i kiedy zapadnie decyzja.',
      'Jeśli nie doszliście do porozumienia, spisz otwarte warianty i zaproponuj termin decyzji.',
    ],
    questions: [
      ...(f.percent ? [] : ['Jak dużego rabatu oczekują?']),
      ...(f.amount
        ? ['Jaka jest Twoja kwota minimalna?']
        : ['Jaka jest obecna cena lub wartość umowy i jaka jest Twoja kwota minimalna?']),
      'Co możesz oddać, nie szkodząc firmie?',
      'Czy mają ofertę konkurencji i wiesz, co ona obejmuje?',
      ...(f.date ? [] : ['Czy jest termin, do którego muszą podjąć decyzję?']),
    ],
  };
}

function overdueInvoice(f: Figures): PlanText {
  const number = f.id ? ` ${f.id}` : '';
  const invoice = f.amount ? `fakturę${number} na ${f.amount}` : `niezapłaconą fakturę${number}`;
  return {
    goal: `Wyjść z rozmowy z konkretną datą zapłaty za ${invoice} (albo uzgodnionym planem spłaty) i z klientem, z którym nadal chcesz pracować.`,
    theirPosition:
      '„Zapłacimy niedługo, faktura czeka na akceptację”. Albo ciche przeciąganie; niektórzy zgłaszają też zastrzeżenia do pracy, żeby zyskać na czasie.',
    theirInterests: [
      'Płynność finansowa: w tym miesiącu może im brakować pieniędzy, a wstydzą się o tym powiedzieć.',
      'Wewnętrzna procedura: faktura może czekać na numer zamówienia, podpis albo poprawkę danych.',
      'Niewypowiedziane zastrzeżenia: coś w pracy lub na fakturze może nie zgadzać się z ich oczekiwaniami.',
      'Zachowanie twarzy: nikt nie lubi, gdy upomina się go o pieniądze.',
    ],
    commonGround: [
      'Obu stronom zależy na dalszej współpracy.',
      'Obie strony chcą prostego, przewidywalnego procesu płatności, żeby to się nie powtarzało.',
    ],
    concessions: [
      'Czy możesz zaproponować spłatę w ratach, na przykład w dwóch lub trzech z konkretnymi datami?',
      'Czy możesz pomóc odblokować ich procedurę: wystawić fakturę ponownie z numerem zamówienia, na inną osobę, z poprawionymi danymi?',
      'Czy zrezygnujesz z odsetek, jeśli zapłacą do ustalonego dnia?',
    ],
    nonNegotiables: [
      f.amount
        ? `Czy pełna kwota ${f.amount} jest dla Ciebie nienegocjowalna, czy tylko termin?`
        : 'Czy pełna kwota jest dla Ciebie nienegocjowalna, czy tylko termin?',
      'Czy wstrzymasz nowe prace do czasu zapłaty? Zdecyduj przed rozmową, a jeśli musisz to powiedzieć, powiedz spokojnie.',
      'Jaki jest najpóźniejszy termin zapłaty, który możesz przyjąć?',
    ],
    lead: `Chciałbym porozmawiać o ${f.amount ? `fakturze${number} na ${f.amount}` : `niezapłaconej fakturze${number}`}${f.duration ? `, która jest już ${f.duration} po terminie` : ''}.`,
    not: 'wątpię w Waszą uczciwość',
    want: 'potrzebuję daty, na której mogę się oprzeć, i chcę wiedzieć, czy coś po naszej stronie tego nie blokuje',
    questionsToAsk: [
      'Czy coś w fakturze albo w samej pracy wstrzymuje płatność?',
      'Na jakim etapie akceptacji jest teraz faktura i kto jeszcze musi ją zatwierdzić?',
      'Jaki termin możesz zagwarantować?',
      'Czy pomogłoby rozłożenie kwoty na raty?',
    ],
    options: [
      'Plan spłaty z konkretnymi datami, z pierwszą wpłatą jeszcze w tym tygodniu.',
      'Ponowne wystawienie faktury z brakującymi danymi jeszcze w trakcie rozmowy.',
      'Krótszy termin płatności przy kolejnych fakturach w zamian za niewielki rabat za szybką wpłatę.',
      'Wskazanie osoby w ich dziale finansów na przyszłość, żeby płatność nie zależała od jednej osoby.',
    ],
    ifItHeatsUp: [
      'Jeśli czują się oskarżeni: „Nie podważam Waszej dobrej woli. Potrzebuję po prostu daty, na której mogę się oprzeć”.',
      'Jeśli pojawią się zastrzeżenia do pracy, rozdziel sprawy: „Przyjrzyjmy się temu porządnie. A w międzyczasie ustalmy termin dla części, która nie budzi wątpliwości”.',
      'Trzymaj się faktów: numer faktury, termin, kwota, wysłane przypomnienia.',
    ],
    followUp: [
      'Tego samego dnia potwierdź na piśmie: kwota, ustalone terminy i kto płaci.',
      'Ustaw przypomnienie na dzień po każdym terminie; jeśli wpłata nie przyjdzie, zadzwoń zamiast pisać.',
      'Podziękuj, gdy pieniądze wpłyną; następna rozmowa będzie łatwiejsza.',
    ],
    questions: [
      ...(f.amount ? [] : ['Jaka kwota jest do zapłaty?']),
      ...(f.duration || f.date ? [] : ['Jak długo faktura jest po terminie i ile przypomnień już wysłano?']),
      'Czy chcesz dalej z nimi pracować i czy wstrzymałbyś prace, gdyby nie zapłacili?',
      'Czy jest jakiś spór dotyczący samej pracy?',
    ],
  };
}

function priceIncrease(f: Figures): PlanText {
  const increase = f.percent ? `podwyżkę o ${f.percent}` : 'nową cenę';
  return {
    goal: `Przedstawić ${increase} jasno, z uzasadnieniem i odpowiednim wyprzedzeniem, i zatrzymać klienta.`,
    theirPosition: f.percent
      ? `„${f.percent} więcej? Nie możemy się teraz na to zgodzić”. Być może z sugestią, że rozejrzą się za kimś innym.`
      : '„Nie możemy teraz przyjąć podwyżki”. Być może z sugestią, że rozejrzą się za kimś innym.',
    theirInterests: [
      'Przewidywalność: budżet jest ustalony, a zaskoczenie boli bardziej niż sama kwota.',
      'Argument, który mogą powtórzyć działowi finansów albo przełożonemu.',
      'Uczciwość: pewność, że nie są traktowani gorzej i że lojalność się liczy.',
      'Czas na dostosowanie się: dłuższe wyprzedzenie albo wprowadzenie podwyżki etapami.',
    ],
    commonGround: [
      'Obu stronom zależy, żeby usługa działała dalej na poziomie, na którym polegają.',
      'Obie strony chcą ceny, przy której nikt nie będzie musiał iść na skróty.',
    ],
    concessions: [
      'Czy możesz wprowadzić podwyżkę etapami, na przykład połowę teraz, a połowę za pół roku?',
      'Czy możesz zagwarantować nową cenę na 12 lub 24 miesiące w zamian za dłuższą umowę?',
      'Czy możesz dać dłuższe wyprzedzenie albo utrzymać starą cenę dla zamówień złożonych przed określoną datą?',
    ],
    nonNegotiables: [
      'Czy sama nowa cena jest nienegocjowalna, czy tylko kierunek zmiany? Zdecyduj przed rozmową.',
      'Jaka najmniejsza podwyżka wciąż pokrywa Twoje koszty?',
      'Czy dla kogoś utrzymasz starą cenę? Jeśli nie, powiedz to wprost; tak jest uczciwiej.',
    ],
    lead: 'Chcę Ci powiedzieć o zmianie cennika, zanim zobaczysz ją na fakturze.',
    not: 'traktujemy Waszą współpracę jako coś oczywistego',
    want: `nasze koszty wzrosły, a ${increase} pozwoli nam utrzymać jakość, na której polegacie`,
    questionsToAsk: [
      'Jak to wpływa na Twój budżet na ten rok?',
      'Co ułatwiłoby Ci przedstawienie tego w firmie?',
      'Jaki termin wprowadzenia byłby dla Ciebie najlepszy?',
      'Które elementy usługi są dla Ciebie najważniejsze?',
    ],
    options: [
      'Podwyżka etapami: część teraz, reszta później.',
      'Gwarancja ceny na dłuższy okres.',
      'Węższy pakiet, przy którym ich koszt się nie zmienia.',
      'Płatność za rok z góry według obecnej stawki.',
    ],
    ifItHeatsUp: [
      'Nazwij to: „Wiem, że to nie jest dobra wiadomość, i wolę powiedzieć o niej wcześniej, niż Cię zaskoczyć”.',
      'Wróć do faktów: które koszty wzrosły i co obejmuje cena.',
      'Jeśli wspomną o odejściu: „Rozumiem, że chcesz sprawdzić inne możliwości. Zanim to zrobisz, pozwól, że pokażę Ci warianty”.',
    ],
    followUp: [
      'Wyślij na piśmie nową cenę, datę jej obowiązywania i ewentualne etapy.',
      'Zaktualizuj umowę albo formularz zamówienia.',
      'Odezwij się po pierwszej fakturze według nowej ceny.',
    ],
    questions: [
      ...(f.percent || f.amount ? [] : ['Jak duża jest podwyżka?']),
      ...(f.date ? [] : ['Od kiedy obowiązuje nowa cena i z jakim wyprzedzeniem ich informujesz?']),
      'Dlaczego ceny rosną (koszty, zakres, rynek)? Spróbuj ująć to w jednym zdaniu, które możesz im powiedzieć.',
      'Co możesz zaoferować, żeby złagodzić zmianę?',
    ],
  };
}

/** "do piątku" finds "piątku"; after "na" Polish needs the accusative ("na piątek"). */
function dayForNa(date: string): string {
  const accusative: Record<string, string> = {
    poniedziałku: 'poniedziałek',
    wtorku: 'wtorek',
    środy: 'środę',
    środa: 'środę',
    czwartku: 'czwartek',
    piątku: 'piątek',
    sobota: 'sobotę',
    niedziela: 'niedzielę',
    'końca tygodnia': 'koniec tygodnia',
    'końca miesiąca': 'koniec miesiąca',
    'końca kwartału': 'koniec kwartału',
  };
  return accusative[date.toLowerCase()] ?? date;
}

function missedDeadline(f: Figures): PlanText {
  return {
    goal: 'Ustalić realny nowy termin, zrozumieć, co stanęło na przeszkodzie, i umówić się na wczesne ostrzeganie, żeby kolejne opóźnienie było widać kilka dni wcześniej, bez odbierania komukolwiek twarzy.',
    theirPosition:
      '„To nie moja wina: wymagania się zmieniły, czekałem na innych, miałem za dużo na głowie”.',
    theirInterests: [
      'Nie wyjść na kogoś niesolidnego.',
      'Pomoc przy obciążeniu albo przeszkodzie, o której jeszcze nie powiedzieli.',
      'Jasne priorytety: mogli nie wiedzieć, że właśnie to zadanie jest najważniejsze.',
      'Termin, który naprawdę da się dotrzymać, a nie kolejny, który przepadnie.',
    ],
    commonGround: [
      'Obu stronom zależy, żeby praca została dostarczona, a osoby, które na nią czekają, mogły Wam ufać.',
      'Nikt nie chce kolejnego gaszenia pożaru w ostatniej chwili.',
    ],
    concessions: [
      'Czy możesz zdjąć z tej osoby jakieś mniej pilne zadanie?',
      'Czy możesz przyjąć część pracy teraz, a resztę nieco później?',
      'Czy możesz zaoferować pomoc: osobę do przeglądu, pracę w parze, jaśniejszy opis zadania?',
    ],
    nonNegotiables: [
      'Który termin jest naprawdę nieprzesuwalny i dlaczego? Podaj prawdziwy powód.',
      'Jakiej jakości nie można obniżyć tylko po to, żeby zdążyć?',
      'Czy wczesne ostrzeżenie następnym razem jest dla Ciebie warunkiem? Zwykle powinno być.',
    ],
    lead: f.date
      ? `Chciałbym porozmawiać o pracy, która miała być gotowa na ${dayForNa(f.date)}.`
      : 'Chciałbym porozmawiać o terminie, którego nie udało się dotrzymać.',
    not: 'nie zależy Ci na tej pracy',
    want: 'chcę zrozumieć, co stanęło na przeszkodzie, i ustalić termin, któremu oboje możemy ufać',
    questionsToAsk: [
      'Co stanęło na przeszkodzie?',
      'Czego potrzebujesz, żeby to skończyć?',
      'Kiedy pierwszy raz zobaczyłeś, że może się nie udać, i co ułatwiłoby Ci wtedy powiedzenie o tym?',
      'Z tym, co wiesz teraz, jaki termin możesz zagwarantować?',
    ],
    options: [
      'Dostawa w częściach: najpierw to, co najważniejsze.',
      'Wspólne ustalenie priorytetów: co może poczekać.',
      'Krótki przegląd dwa razy w tygodniu do czasu zakończenia.',
      'Umówiony sygnał „zagrożone” dwa dni przed każdym terminem.',
    ],
    ifItHeatsUp: [
      'Jeśli pojawi się obrona: „Nie chodzi mi o szukanie winnych. Chodzi mi o to, żebyśmy oboje mogli dotrzymać słowa wobec tych, którzy czekają”.',
      'Posługuj się faktami: uzgodniony termin, faktyczna data, skutek (kto czekał, ile to kosztowało).',
      'Przyznaj się do swojej części, jeśli opis zadania albo priorytety nie były jasne; wspólna odpowiedzialność ułatwia drugiej stronie przyjęcie swojej.',
    ],
    followUp: [
      'Zapisz nowy termin i osobę odpowiedzialną.',
      'Zaplanuj krótkie spotkanie dwa dni przed nowym terminem.',
      'Po wszystkim poświęćcie dziesięć minut na to, co zmienić następnym razem.',
    ],
    questions: [
      ...(f.date ? [] : ['Jaki był pierwotny termin i na kiedy potrzebujesz tego teraz?']),
      'Co kosztowało opóźnienie (klienta, zespół, pieniądze)?',
      'Czy to pierwszy raz, czy powtarzający się schemat?',
      'Czy coś po Twojej stronie (opis zadania, priorytety, zależności) miało w tym udział?',
    ],
  };
}

function poorWork(_f: Figures): PlanText {
  return {
    goal: 'Przekazać jasną, konkretną informację zwrotną o tym, co nie wyszło, i ustalić, jak wygląda „dobrze”, żeby następna wersja była trafiona, a druga osoba wyszła z rozmowy zmotywowana, a nie zdołowana.',
    theirPosition: '„Zrobiłem to, o co prosiliście”. Albo: „Nie miałem wystarczająco czasu ani informacji”.',
    theirInterests: [
      'Poczucie, że ich wysiłek został zauważony.',
      'Dokładna wiedza, jak wygląda „dobrze”: opis zadania mógł być niejasny.',
      'Ochrona swojej reputacji w zespole.',
      'Czas i wsparcie na poprawki.',
    ],
    commonGround: [
      'Obu stronom zależy na pracy, którą można z dumą pokazać.',
      'Obie strony chcą mniej rund poprawek.',
    ],
    concessions: [
      'Czy możesz dać więcej czasu na poprawki albo wsparcie (przykład, osobę do wspólnego przeglądu)?',
      'Czy w opisie zadania było coś niejasnego, do czego możesz się przyznać?',
      'Czy możesz przyjąć mniejszą pierwszą poprawkę?',
    ],
    nonNegotiables: [
      'Które standardy muszą zostać spełnione (poprawność, format, testy, ton)? Wymień dwa, trzy, a nie dziesięć.',
      'Na kiedy musi być gotowa poprawiona wersja?',
      'Czy to się powtarza? Jeśli tak, to inna, poważniejsza rozmowa; zdecyduj, którą z nich prowadzisz.',
    ],
    lead: 'Dziękuję za pracę, którą w to włożyłeś. Chcę Ci dać szczerą informację zwrotną.',
    not: 'zabrakło zaangażowania albo że sobie nie radzisz',
    want: 'ta wersja jeszcze nie spełnia naszych potrzeb i chcę, żebyśmy razem ustalili, jak wygląda dobry wynik',
    questionsToAsk: [
      'Jak oceniasz to, co wyszło?',
      'Co było niejasne w opisie zadania?',
      'Co stanęło na przeszkodzie?',
      'Co pomogłoby Ci doprowadzić to do oczekiwanego poziomu?',
    ],
    options: [
      'Przykład, jak wygląda dobrze zrobiona praca.',
      'Krótki punkt kontrolny w połowie kolejnego zadania.',
      'Lista dwóch, trzech standardów, które są najważniejsze.',
      'Wspólna praca nad pierwszą częścią poprawek.',
    ],
    ifItHeatsUp: [
      '„Nie oceniam Ciebie jako osoby; mówię o tej konkretnej pracy”.',
      'Wróć do konkretów: wskaż dokładne fragmenty i to, jaki mają skutek.',
      'Jeśli widzisz, że to boli, nazwij to i zaproponuj powrót do rozmowy jeszcze tego samego dnia.',
    ],
    followUp: [
      'Zapisz dwie, trzy zmiany i termin.',
      'Przejrzyjcie razem kolejną wersję na wczesnym etapie.',
      'Gdy będzie lepiej, powiedz to, konkretnie.',
    ],
    questions: [
      'Co dokładnie nie wyszło? Najbardziej pomagają dwa, trzy konkretne przykłady.',
      'Jak brzmiało zadanie i czy było spisane?',
      'Czy to pierwszy raz, czy się powtarza?',
      'Na kiedy potrzebujesz poprawionej wersji?',
    ],
  };
}

function unresponsivePeer(f: Figures): PlanText {
  return {
    goal: 'Dostać odpowiedź i termin bezpośrednio od tej osoby, zrozumieć, dlaczego sprawa stanęła, i ustalić, jak będziecie się ze sobą kontaktować, bez angażowania jej przełożonego.',
    theirPosition: '„Jestem zawalony pracą”. Albo: „Nie wiedziałem, że to pilne”.',
    theirInterests: [
      'Obciążenie: mogą mieć za dużo pracy albo zostać rzuceni na coś, co ich przełożony uważa za ważniejsze.',
      'Jasność: Twoja prośba może być niejasna albo wyglądać na opcjonalną z ich perspektywy.',
      'Uniknięcie trudnej odpowiedzi: milczenie bywa odmową, której nie umieją wypowiedzieć.',
      'Nie chcą wyjść źle publicznie ani przed swoim szefem.',
    ],
    commonGround: [
      'Obu stronom zależy na powodzeniu wspólnej pracy.',
      'Obie strony wolą mniej wiadomości, nie więcej.',
    ],
    concessions: [
      'Czy możesz zmniejszyć prośbę albo ułatwić odpowiedź (tak/nie, 15-minutowa rozmowa)?',
      'Czy możesz przesunąć swój termin, jeśli dostaniesz od nich konkretną datę?',
      'Czy możesz zdjąć z nich jakieś zadanie?',
    ],
    nonNegotiables: [
      f.date
        ? `Czy ${f.date} to najpóźniejszy termin i co się stanie, jeśli do tego czasu nie dostaniesz odpowiedzi?`
        : 'Na kiedy najpóźniej potrzebujesz ich odpowiedzi i co się stanie, jeśli jej nie dostaniesz?',
      'Zanim zaangażujesz przełożonego: czy zapytałeś tę osobę bezpośrednio, przez telefon albo osobiście? Najpierw idź do człowieka.',
    ],
    lead: 'Masz dziesięć minut? Chciałem porozmawiać z Tobą bezpośrednio, zamiast wysyłać kolejną wiadomość.',
    not: 'mam do Ciebie żal albo liczę, ile razy pisałem',
    want: 'bez Twojej odpowiedzi utknąłem i chcę znaleźć sposób, który pasuje do Twojego obciążenia',
    questionsToAsk: [
      'Co masz teraz na głowie?',
      'Czy coś w mojej prośbie jest niejasne albo trudne do odpowiedzi?',
      'Jak najłatwiej byłoby mi to od Ciebie dostać?',
      'Kiedy realnie możesz się tym zająć?',
    ],
    options: [
      'Piętnaście minut rozmowy zamiast długiego wątku.',
      'Podzielenie prośby na mały pierwszy krok.',
      'Ustalenie kanału i czasu odpowiedzi w tym projekcie.',
      'Jeśli priorytety się kłócą, poproście razem przełożonego o ustalenie kolejności: otwarcie, nie za plecami.',
    ],
    ifItHeatsUp: [
      'Jeśli poczują się ponaglani: „Nie chcę Cię naciskać. Po prostu muszę to zaplanować”.',
      'Trzymaj się faktów: kiedy prosiłeś, czego potrzebujesz, co to blokuje.',
      'Jeśli rozmowa utknie, zaproponuj jeden konkretny krok: datę albo krótką rozmowę.',
    ],
    followUp: [
      'Podsumuj w jednej wiadomości: co przyślą i do kiedy.',
      'Podziękuj, gdy to dostaniesz.',
      'Jeśli termin minie, zapytaj jeszcze raz bezpośrednio; dopiero potem zaangażuj przełożonego, uprzedzając o tym tę osobę.',
    ],
    questions: [
      ...(f.date ? ['Czego dokładnie od nich potrzebujesz?'] : ['Czego od nich potrzebujesz i na kiedy?']),
      'Jak dotąd prosiłeś (czat, mail, osobiście) i ile razy?',
      'Co blokuje to opóźnienie?',
      'Czy wiesz, nad czym jeszcze teraz pracują?',
    ],
  };
}

function apology(f: Figures): PlanText {
  return {
    goal: 'Szczerze przeprosić za to, co poszło nie tak, wyjaśnić, co z tym robisz, i odbudować zaufanie, bez wymówek i bez obietnic, których nie dotrzymasz.',
    theirPosition:
      '„To nie powinno było się zdarzyć. Co poszło nie tak i skąd mamy wiedzieć, że się nie powtórzy?”. Możliwe, że poproszą o rekompensatę.',
    theirInterests: [
      'Poważne potraktowanie: pewność, że rozumiesz, ile ich to kosztowało.',
      'Pewność, że to się nie powtórzy: konkretne zmiany, nie obietnice.',
      'Zabezpieczenie siebie: być może muszą to wytłumaczyć swojemu szefowi albo klientom.',
      'Gest dobrej woli, być może rekompensata.',
    ],
    commonGround: [
      'Obu stronom zależy na niezawodnej usłudze.',
      'Obie strony chcą pójść dalej z poczuciem pewności.',
    ],
    concessions: [
      'Czy możesz zaoferować rabat na usługę albo inny gest dobrej woli, i jaki?',
      'Czy możesz wskazać jedną osobę kontaktową do czasu potwierdzenia naprawy?',
      'Czy możesz udostępnić im raport z incydentu?',
    ],
    nonNegotiables: [
      'Co możesz uczciwie obiecać w sprawie zapobiegania, a czego nie?',
      'Czy jest granica rekompensaty, której musisz się trzymać?',
      'Czy zostawisz poszczególne osoby z zespołu i dostawców poza tym? Powinieneś: przeprosiny są Twoje.',
    ],
    lead: `Chcę zacząć od przeprosin za to, co się stało${f.date ? ` ${plWhen(f.date)}` : ''}.`,
    not: 'to drobiazg albo że to nie leżało po naszej stronie',
    want: 'rozumiem, ile Was to kosztowało, i chcę dokładnie pokazać, co zmieniamy',
    questionsToAsk: [
      'Jak to wpłynęło na Ciebie i Twój zespół?',
      'Komu musiałeś to tłumaczyć?',
      'Co najbardziej pomogłoby teraz?',
      'Co pomogłoby odbudować Twoje zaufanie do nas?',
    ],
    options: [
      'Rabat na usługę proporcjonalny do skutków.',
      'Aktualizacje o ustalonych porach do czasu potwierdzenia naprawy.',
      'Krótki raport: co się stało, dlaczego i co się zmienia.',
      'Rozmowa podsumowująca za 30 dni, żeby pokazać, że zmiany działają.',
    ],
    ifItHeatsUp: [
      'Pozwól im powiedzieć wszystko; nie przerywaj i nie broń się. „Masz prawo być zły”.',
      'Żadnego „przepraszam, jeśli” i żadnego „ale”: weź odpowiedzialność wprost.',
      'Po emocjach wróć do faktów: co się stało, co naprawiono, co dalej.',
    ],
    followUp: [
      'Wyślij na piśmie przeprosiny i krótkie podsumowanie incydentu z datami.',
      'Informuj ich o ustalonych porach, nawet gdy nie ma nowych wiadomości.',
      'Odezwij się po naprawie, żeby potwierdzić, że wszystko działa.',
    ],
    questions: [
      'Co dokładnie się stało i ile ich to kosztowało?',
      'Co już naprawiono, a co jest jeszcze otwarte?',
      ...(f.amount || f.percent ? [] : ['Czy możesz zaoferować jakąś rekompensatę, a jeśli tak, to jaką?']),
      'Czy to pierwszy incydent z tym klientem?',
    ],
  };
}

function escalation(_f: Figures): PlanText {
  return {
    goal: 'Porozmawiać bezpośrednio z tą osobą o pójściu ponad czyjąś głową, umówić się, że problemy zgłaszacie najpierw sobie nawzajem, i zachować dobrą współpracę.',
    theirPosition: '„Musiałem, nic się nie działo”. Albo: „Chciałem tylko, żeby szef był na bieżąco”.',
    theirInterests: [
      'Odblokowanie czegoś, co wydawało się utknąć.',
      'Bycie wysłuchanym: mogli próbować wcześniej i czuć, że nikt nie słucha.',
      'Zabezpieczenie się wobec własnego przełożonego.',
      'Szybkość: mogą nie znać szybszej drogi do właściwej osoby.',
    ],
    commonGround: [
      'Obu stronom zależy na odblokowaniu pracy.',
      'Oboje wolicie rozwiązywać problemy między sobą niż przy przełożonych.',
    ],
    concessions: [
      'Czy możesz zaproponować szybszą drogę do siebie (bezpośrednia wiadomość, cotygodniowe 15 minut)?',
      'Czy coś przeoczyłeś, przez co poszli wyżej? Czy możesz się do tego przyznać?',
      'Czy możecie razem ustalić, kiedy eskalacja jest w porządku (bezpieczeństwo, zagrożony klient)?',
    ],
    nonNegotiables: [
      'Co musi się zmienić: chcesz najpierw słyszeć o problemach od nich?',
      'Czy musisz poinformować swojego przełożonego o tej rozmowie? Zdecyduj przed nią.',
      'Jeśli to Ty masz ochotę eskalować: czy rozmawiałeś już z tą osobą bezpośrednio? Zacznij od tego.',
    ],
    lead: 'Wolę porozmawiać o tym z Tobą bezpośrednio niż przez naszych przełożonych.',
    not: 'nie wolno Ci było tego zgłosić albo że jestem na Ciebie zły',
    want: 'chcę, żeby problemy trafiały najpierw do mnie, bo wtedy szybciej je rozwiążę',
    questionsToAsk: [
      'Co sprawiło, że zdecydowałeś się pójść z tym wyżej?',
      'Czy próbowałeś wcześniej poruszyć to ze mną i jak to wyszło?',
      'Co ułatwiłoby Ci przyjście najpierw do mnie następnym razem?',
      'Czego potrzebujesz ode mnie teraz, żeby to odblokować?',
    ],
    options: [
      'Prosta zasada: najpierw rozmawiacie ze sobą, a jeśli utkniecie, eskalujecie razem.',
      'Regularne krótkie spotkanie.',
      'Wspólnie napisana informacja dla obu przełożonych.',
    ],
    ifItHeatsUp: [
      '„Nie chodzi mi o wygranie sporu. Chodzi mi o to, żeby nam się lepiej współpracowało”.',
      'Trzymaj się tego, co się stało, i jakie miało skutki, a nie intencji drugiej strony.',
      'Jeśli kręcicie się w kółko, zróbcie przerwę i wróćcie do tematu jutro.',
    ],
    followUp: [
      'Podsumuj ustalenia na piśmie, tylko do tej osoby.',
      'Jeśli przełożeni już są zaangażowani, wyślijcie im wspólną informację.',
      'Wróćcie do tematu za dwa tygodnie.',
    ],
    questions: [
      'Kto poszedł do kogo i co zostało powiedziane?',
      'Czy ta osoba najpierw zgłosiła sprawę Tobie?',
      'Jaki jest właściwy problem, który chciała rozwiązać?',
      'Czy to Ty myślisz o eskalacji? Jeśli tak, co się stało, gdy zapytałeś tę osobę bezpośrednio?',
    ],
  };
}

function other(_f: Figures): PlanText {
  return {
    goal: 'Przeprowadzić rozmowę spokojnie, zrozumieć drugą stronę i wyjść z jednym jasnym, wspólnie ustalonym kolejnym krokiem.',
    theirPosition: 'Jeszcze nie wiadomo. Napisz, czego chcą i dlaczego, a doprecyzuję plan.',
    theirInterests: [
      'Bycie wysłuchanym i potraktowanym poważnie.',
      'Przewidywalność: wiedza, co będzie dalej.',
      'Zachowanie twarzy, zwłaszcza przy innych.',
    ],
    commonGround: ['Obu stronom zależy, żeby sprawa się rozwiązała, a nie ciągnęła.'],
    concessions: [
      'Co możesz zaoferować niskim kosztem, a co jest dla nich ważne?',
      'Czy jest coś, za co możesz wziąć odpowiedzialność, nawet w małej części?',
    ],
    nonNegotiables: ['Czego musisz się trzymać bez względu na wszystko?'],
    lead: 'Dziękuję, że znalazłeś czas. Jest sprawa, którą chciałbym z Tobą wspólnie wyjaśnić.',
    not: 'obwiniam Ciebie',
    want: 'chcę, żebyśmy się zrozumieli i ustalili kolejny krok',
    questionsToAsk: [
      'Jak Ty widzisz tę sytuację?',
      'Co jest dla Ciebie w tym najważniejsze?',
      'Jak wyglądałby dla Ciebie dobry wynik?',
    ],
    options: [
      'Po jednym małym kroku z każdej strony i termin krótkiego podsumowania.',
      'Próba zmiany przez dwa tygodnie, a potem wspólny przegląd.',
    ],
    ifItHeatsUp: [
      'Nazwij emocję bez oceniania: „Widzę, że to jest dla Ciebie bardzo ważne”.',
      'Wróć do faktów: co się stało, kiedy i jaki miało skutek.',
    ],
    followUp: ['Podsumuj ustalenia na piśmie, z osobami odpowiedzialnymi i terminami.'],
    questions: [
      'Czego dotyczy rozmowa, w jednym lub dwóch zdaniach?',
      'Kim jest dla Ciebie ta osoba (klient, współpracownik, przełożony, podwładny, dostawca)?',
      'Jaki wynik uznasz za sukces?',
      'Co już próbowałeś zrobić?',
      'Co możesz oddać, a czego musisz się trzymać?',
    ],
  };
}

export const PL: PlanLanguagePack = {
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
    client: 'Klient',
    vendor: 'Dostawca',
    boss: 'Twój przełożony',
    report: 'Osoba z Twojego zespołu',
    peer: 'Współpracownik',
    team: 'Zespół',
  },
  position: (who, position) => `${who} może powiedzieć: ${position}`,
  contextCommonGround: {
    client: 'Obie strony zyskują na relacji, która przetrwa dłużej niż ta jedna umowa.',
    vendor: 'Obie strony potrzebują uczciwych, przewidywalnych warunków, inaczej cierpi jakość.',
    boss: 'Wam obojgu zależy, żeby wyniki zespołu dobrze wyglądały wyżej.',
    report: 'Obu stronom zależy, żeby ta osoba się rozwijała i dobrze radziła sobie w roli.',
    peer: 'Będziecie dalej razem pracować, więc obie strony zyskują, rozwiązując to między sobą.',
    team: 'Wszystkim zależy na sposobie pracy, przy którym ta rozmowa nie będzie potrzebna następnym razem.',
  },
  contextHeat: {
    client:
      'W relacji z klientem to relacja jest kapitałem: bądź życzliwy i konkretny, nawet jeśli druga strona nie jest.',
    vendor:
      'Bądź stanowczy w warunkach i uczciwy w tonie; przyciśnięty dostawca po cichu zaczyna oszczędzać na jakości.',
    boss: 'W rozmowie z przełożonym trzymaj się skutków dla firmy i przynieś propozycję, na którą może powiedzieć „tak”.',
    report:
      'Twoja rola dodaje Twoim słowom wagi: mów spokojnie, więcej pytaj, niż mówisz, i rozmawiaj w cztery oczy.',
    peer: 'Zostańcie z tym we dwoje; nie wciągajcie innych w połowie rozmowy.',
    team: 'Na forum zespołu mów o procesie, nie o osobach; sprawy osobiste zostaw na rozmowę w cztery oczy.',
  },
  contrastFallback: 'Żeby było jasne: nie mówię, że {not}; mówię, że {want}.',
  takeABreak:
    'Jeśli podnosicie głos albo oboje powtarzacie drugi raz to samo, zaproponuj przerwę i podaj konkretną porę powrotu, żeby nie wyglądało to na wyjście z rozmowy. Na przykład: „{pause}”',
  pauseFallback: 'Czy możemy zrobić dziesięć minut przerwy i wrócić do tego o pełnej godzinie?',
  resetLine: 'Zresetuj ton: „{line}”',
  principles: {
    honest:
      'Negocjuj, nie manipuluj: żadnych wymyślonych terminów ani fikcyjnych konkurencyjnych ofert, z żadnej strony.',
    direct: 'Porozmawiaj z tą osobą bezpośrednio, zanim zaangażujesz jej przełożonego.',
  },
};
