/**
 * Polish lexicon: phrases that hurt (with Polish reasons and alternatives) and politeness cues.
 * Patterns cover gender and person endings (zawaliłeś/zawaliłaś/zawaliliście, pisałem/pisałam)
 * and inflected stems (szef, szefowi, szefa); see analysis/compile.ts for the dialect.
 */
import { SENTENCE_START as S } from '../analysis/compile.ts';
import type { Lexicon } from '../analysis/types.ts';

/** Past-tense endings of the speaker (pisałem/pisałam/pisaliśmy/pisałyśmy). */
const ME = '(?:łem|łam|liśmy|łyśmy)';
/** Past-tense endings of the addressee (zrobiłeś/zrobiłaś/zrobiliście/zrobiłyście). */
const THOU = '(?:łeś|łaś|liście|łyście)';
/** A 2nd-person verb form or pronoun, for absolutes aimed at the person. */
const THOU_WORD = `(?:\\p{L}+(?:asz|esz|isz|ysz|iesz|cie|${THOU})|ty|ciebie|cię|ci|tobą|tobie|twoj\\p{L}*|twój|wy|was|wam)`;
const BOSS =
  '(?:szef\\p{L}*|przełożon\\p{L}*|kierownik\\p{L}*|kierowniczk\\p{L}*|mened[żz]er\\p{L}*|manager\\p{L}*|dyrektor\\p{L}*|prezes\\p{L}*|zarząd\\p{L}*|hr|kadr\\p{L}*|lider\\p{L}*)';
const CONTEMPT =
  '(?:idiot\\p{L}*|debil\\p{L}*|kretyn\\p{L}*|głup(?:i|ia|ie|iego|iej|ich|im|imi|ek|ku|ka|cze|ota|oty|otą|oto|cy)|[żz]a[łl]osn\\p{L}*|niekompetent\\p{L}*|beznadziejn\\p{L}*|bezużyteczn\\p{L}*|[żz]enuj[ąa]c\\p{L}*|[żz]enad\\p{L}*|burdel\\p{L}*|absurd\\p{L}*|kompromitacj\\p{L}*|kompromitując\\p{L}*|bezczeln\\p{L}*|nieudaczni\\p{L}*|nieuk\\p{L}*|matoł\\p{L}*|palant\\p{L}*|baran\\p{L}*|tępak\\p{L}*|amatorszczyzn\\p{L}*|fuszer\\p{L}*|partactw\\p{L}*|kurw\\p{L}*|chuj\\p{L}*|pierdol\\p{L}*|pierdziel\\p{L}*|jeban\\p{L}*|zjeb\\p{L}*|gówn\\p{L}*|cholern\\p{L}*|do dupy|szajs\\p{L}*|dno i metr mułu)';

export const pl: Lexicon = {
  kinds: {
    absolute: {
      why: 'Słowa „zawsze” i „nigdy” zamieniają jeden problem w wyrok o człowieku; druga strona zacznie bronić swojej historii zamiast naprawiać sprawę.',
      suggestion: 'Nazwij konkretną sytuację: „We wtorek…” albo „W dwóch ostatnich raportach…”.',
    },
    blame: {
      why: 'Komunikat „ty” oceniający osobę stawia ją w defensywie; będzie bronić swoich intencji, a nie rozwiązywać problem.',
      suggestion: 'Opisz skutek i swoją potrzebę: „W raporcie zabrakło X, a potrzebuję go do Y”.',
    },
    insult: {
      why: 'Obelga albo pogarda atakuje osobę, nie problem; to najszybszy sposób, by zakończyć współpracę.',
      suggestion: 'Opisz konkretny problem i jego skutki, bez etykiet wobec osoby czy jej pracy.',
    },
    sarcasm: {
      why: 'Sarkazm mówi odwrotność tego, co myślisz; odbierany jest jako pogarda i prowokuje ostrą odpowiedź.',
      suggestion: 'Powiedz wprost, co poszło nie tak i czego teraz potrzebujesz.',
    },
    threat: {
      why: 'Groźba albo ultimatum zmusza do wyboru „walcz albo się poddaj”; ludzie się okopują zamiast współpracować.',
      suggestion:
        'Przedstaw skutek jako wspólny fakt i zapytaj o drogę: „Jeśli to się przesunie poza piątek, nie zdążymy z wydaniem. Co pomogłoby zdążyć?”',
    },
    shouting: {
      why: 'Wielkie litery i powtarzane wykrzykniki czyta się na czacie jak krzyk, nawet jeśli chodziło tylko o podkreślenie.',
      suggestion:
        'Pisz zwykłymi literami i z jednym znakiem interpunkcyjnym; wagę oddaj słowami („to pilne, bo…”).',
    },
    'passive-aggressive': {
      why: 'To zdanie wytyka, że ktoś nie przeczytał albo nie słuchał; brzmi uprzejmie, ale odbierane jest jako wyrzut.',
      suggestion: 'Powtórz krótko i życzliwie najważniejszą informację, jakby po raz pierwszy.',
    },
    'non-apology': {
      why: 'Takie przeprosiny przerzucają problem na uczucia drugiej osoby albo odwołują się słowem „ale”; zwykle pogarszają sprawę.',
      suggestion: 'Weź odpowiedzialność wprost: „Przepraszam, że zrobiłem X. Następnym razem zrobię Y”.',
    },
    dismissive: {
      why: 'To zbywa troskę drugiej osoby; poczuje się niewysłuchana i będzie naciskać mocniej.',
      suggestion: 'Najpierw uznaj jej perspektywę: „Widzę, że to dla ciebie ważne. Przyjrzyjmy się temu”.',
    },
    escalation: {
      why: 'Grożenie przełożonym zamienia problem roboczy w walkę o władzę; najpierw porozmawiaj bezpośrednio z tą osobą.',
      suggestion:
        'Porozmawiaj najpierw bezpośrednio i ustalcie kolejne kroki; jeśli trzeba kogoś włączyć, zdecydujcie o tym razem.',
    },
    manipulation: {
      why: 'Presja (sztuczny pośpiech, poczucie winy, „wszyscy już się zgodzili”, skrajne żądania) niszczy zaufanie, nawet gdy działa.',
      suggestion:
        'Powiedz uczciwie, na czym ci zależy i jaki jest termin, i zapytaj, co zadziała dla drugiej strony.',
    },
    demand: {
      why: 'Goły rozkaz pod presją nie zostawia miejsca na zdanie drugiej strony i brzmi jak polecenie, nie prośba.',
      suggestion:
        'Zamień to w jasną prośbę z powodem: „Czy możesz to poprawić dziś? Demo u klienta jest o 15”.',
    },
  },
  rules: [
    { kind: 'absolute', pattern: '(?:zawsze|ciągle|wiecznie) to samo' },
    // Groźby i ultimata.
    { kind: 'threat', pattern: 'bo inaczej' },
    { kind: 'threat', pattern: '(?:bo )?(?:pożałujesz|pożałujecie|pożałuje pan|pożałuje pani)' },
    { kind: 'threat', pattern: '(?:to (?:jest )?)?(?:ostatnie|ostateczne) (?:ostrzeżenie|upomnienie)' },
    { kind: 'threat', pattern: 'ostatni raz (?:ostrzegam|proszę|przypominam)' },
    {
      kind: 'threat',
      pattern:
        '(?:jeśli|jeżeli|jak) (?:tego )?nie (?:\\p{L}+)[^.!?\\n]{0,80}?,? to (?:\\p{L}+ ){0,2}?(?:wyciągn\\p{L}*|zgło\\p{L}*|zerw\\p{L}*|rozwiąż\\p{L}*|pójd\\p{L}*|złoż\\p{L}*|odejd\\p{L}*|zwolni\\p{L}*|skończ\\p{L}*|skier\\p{L}*|przekaż\\p{L}*|obciąż\\p{L}*|nalicz\\p{L}*|zablok\\p{L}*|wstrzym\\p{L}*|poniesiesz|poniesiecie|będziesz (?:miał|miała)|zobaczysz|pożału\\p{L}*|wypowi\\p{L}*|anul\\p{L}*|konsekwencj\\p{L}*)',
    },
    { kind: 'threat', pattern: '(?:wyciągnę|wyciągniemy) konsekwencje' },
    {
      kind: 'threat',
      pattern:
        '(?:nie (?:zapłacimy|zapłacę|dostaniecie|dostaniesz|zobaczysz|zobaczycie)|nie płacimy|nie płacę) (?:wam |ci )?(?:ani |nawet )?(?:grosza|złotówki|złotego)',
    },
    // „Jak nie dostanę odpowiedzi, włączam w to Darka”: someone brought in as the stick.
    {
      kind: 'escalation',
      pattern:
        '(?:jak|jeśli|jeżeli) (?:do [^,.!?\\n]{1,25} )?nie (?:dostanę|dostaniemy|usłyszę|otrzymam|otrzymamy)[^.!?\\n]{0,60}?,? (?:to )?(?:włączam|włączę|wciągam|wciągnę|angażuję|zaangażuję|dodaję|dodam|eskaluję|piszę do|napiszę do|dzwonię do|zadzwonię do)(?: \\p{L}+){0,2}',
    },
    { kind: 'threat', pattern: 'nie (?:zmuszaj|zmuszajcie) mnie' },
    {
      kind: 'threat',
      pattern:
        '(?:tracę|tracimy|zaczynam tracić|zaczynamy tracić|straci(?:łem|łam|liśmy)) (?:już )?cierpliwoś\\p{L}*|(?:kończy|skończyła) (?:mi|nam) się cierpliwoś\\p{L}*',
      why: 'Zapowiedź, że kończy się cierpliwość, to strzał ostrzegawczy; druga strona usłyszy groźbę i się usztywni.',
    },
    // Windykacja, sąd, komornik: wobec dłużnika to groźba, nie informacja.
    {
      kind: 'threat',
      pattern:
        '(?:do|na|dla) (?:firmy |kancelarii )?windykac\\p{L}*|(?:na )?drog(?:ę|ze|a|i) (?:sądow|prawn)\\p{L}*|(?:do|przez) komornik\\p{L}*|do sądu|(?:kroki|działania|postępowanie) (?:prawne|sądowe|windykacyjne)',
    },
    { kind: 'threat', pattern: '(?:poniesiesz|poniesiecie) konsekwencje' },
    {
      kind: 'threat',
      pattern: '(?:spotkamy się w sądzie|podam (?:cię|was) do sądu|skieruję sprawę do sądu)',
    },
    { kind: 'threat', pattern: '(?:jesteś|będziesz) zwolnion\\p{L}*' },
    {
      kind: 'threat',
      pattern:
        'albo (?:wylatujesz|wylatujecie|wylecisz|wylecicie|zwalniam|zwolnię|zrywam|zrywamy|rozwiązuję|rozwiązujemy|wypowiadam|wypowiadamy|idę do|pójdę do|kończymy)(?: \\p{L}+){0,4}',
    },
    // Eskalacja ponad głową.
    {
      kind: 'escalation',
      pattern: `(?:powiem|powiemy|napiszę|zgłoszę|zgłosimy|doniosę|poskarżę się|dam znać|przekażę to) (?:o tym )?(?:twojemu|twojej|waszemu|pana|pani|do twojego|do twojej|do) ${BOSS}`,
    },
    {
      kind: 'escalation',
      pattern: `(?:zgłoszę|zgłosimy|przekażę|przekażemy|eskaluję|eskalujemy) (?:to|sprawę|ten problem) (?:do|wyżej|twojemu|twojej) ?(?:twojego |twojej |waszego )?${BOSS}?`,
    },
    { kind: 'escalation', pattern: '(?:eskaluję|eskalujemy|eskaluje) (?:to|sprawę|ten temat)' },
    {
      kind: 'escalation',
      pattern: `(?:twój|twoja|pana|pani|wasz|wasza) ${BOSS} (?:się )?(?:o tym )?dowie(?: się)?`,
    },
    {
      kind: 'escalation',
      pattern: `(?:pójdę|pójdziemy|idę) (?:z tym )?(?:do|wyżej do) (?:twojego |twojej |waszego )?${BOSS}`,
    },
    {
      kind: 'escalation',
      pattern: `(?:dodaję|dodam|wrzucam) (?:do (?:dw|kopii) )?(?:twojego|twoją|twojej) ${BOSS}`,
    },
    // Manipulacja.
    {
      kind: 'manipulation',
      pattern: `po tym wszystkim,? co (?:dla ciebie |dla was )?(?:zrobi${ME}|dla ciebie zrobi${ME})(?: dla (?:ciebie|was))?`,
    },
    {
      kind: 'manipulation',
      pattern:
        '(?:wszyscy|wszystkie) (?:inni|inne|pozostali) (?:już )?(?:się zgodzili|zgodzili się|się zgodziły|podpisali|zaakceptowali|przystali)',
    },
    {
      kind: 'manipulation',
      pattern:
        '(?:chyba )?(?:tylko mnie|tylko mi|jako jedyn\\p{L}*) (?:tu )?(?:na tym )?(?:zależy|się przejmuję)',
    },
    { kind: 'manipulation', pattern: 'teraz albo nigdy' },
    // Ultimatum „bierz albo zostaw”: ostatnie słowo, ostateczna oferta, zmiana dostawcy jako straszak.
    {
      kind: 'manipulation',
      pattern:
        '(?:to (?:jest )?)?(?:nasze|moje) ostatnie słowo|to (?:jest )?(?:nasza |moja )?ostateczna oferta',
    },
    {
      kind: 'manipulation',
      pattern:
        'albo (?:zmieniamy|zmienimy|zmienię|zmieniam|szukamy|poszukamy|bierzemy|weźmiemy|idziemy do|pójdziemy do|przechodzimy do) (?:\\p{L}+ )?(?:dostawc\\p{L}*|wykonawc\\p{L}*|firm\\p{L}*|agencj\\p{L}*|partner\\p{L}*|konkurencj\\p{L}*|kogoś innego|innego)',
    },
    {
      kind: 'manipulation',
      pattern:
        '(?:natychmiast|od razu|dzisiaj|dziś|w ciągu (?:godziny|\\d+ minut)),? albo (?:rezygnujemy|zrywamy|odchodzimy|umowa|koniec|nie ma umowy|idziemy gdzie indziej)',
    },
    { kind: 'manipulation', pattern: 'albo (?:odchodzimy|rezygnujemy|zrywamy umowę|idziemy do konkurencji)' },
    {
      kind: 'manipulation',
      pattern:
        '(?:oczekujemy|żądamy|chcemy|potrzebujemy) (?:co najmniej )?(?:[4-9]\\d|100) ?% (?:rabatu|zniżki|upustu|taniej)',
    },
    { kind: 'manipulation', pattern: '(?:bierzesz|bierzecie) (?:to )?albo nie' },
    { kind: 'manipulation', pattern: 'jesteś mi (?:to )?(?:winien|winna|dłużny|dłużna)' },
    // Obelgi i pogarda.
    { kind: 'insult', pattern: 'co (?:jest )?z tobą nie tak' },
    { kind: 'insult', pattern: `${S}(?:niewiarygodne|nie do wiary)(?=\\s*[.!?])` },
    {
      kind: 'insult',
      pattern:
        '(?:jesteś|jesteście|ty) (?:\\p{L}+ )?(?:leniem|leniami|leń|leniuch\\p{L}*|nierobem|obibok\\p{L}*)',
    },
    { kind: 'insult', pattern: 'do (?:jasnej )?cholery|cholera jasna' },
    { kind: 'insult', pattern: 'bzdur\\p{L}*' },
    // Pogarda wobec czyjejś pracy lub oferty: „Wasza oferta to żart”.
    {
      kind: 'insult',
      pattern:
        '(?:twoj\\p{L}*|twój|wasz\\p{L}*|pana|pani) \\p{L}+ (?:to|jest|są) (?:jakiś |jakaś |po prostu )?(?:żart|kpina|kpiny|farsa|pomyłka|śmiech na sali)',
    },
    {
      kind: 'insult',
      pattern: '(?:jest|są|to|był|była|było) (?:kompletnie |zupełnie |totalnie )?do niczego',
    },
    {
      kind: 'insult',
      pattern:
        'to (?:jest )?(?:jakaś |jakiś )?kpin\\p{L}*|to (?:jest )?jakiś żart|co to (?:za|ma być) (?:\\p{L}+ )?(?:żart|cyrk)|to (?:jest )?(?:po prostu )?(?:skandal\\p{L}*|[żz]enuj[ąa]c\\p{L}*|niedopuszczaln\\p{L}*)',
    },
    {
      kind: 'insult',
      pattern: `(?:jesteś|jesteście) (?:(?:kompletnym|totalnym|skończonym|zwykłym) )?${CONTEMPT}`,
    },
    { kind: 'insult', pattern: CONTEMPT },
    // „Co za bałagan”, „jeden wielki bałagan”: a verdict on the whole work ("przepraszam za bałagan" is not).
    {
      kind: 'insult',
      pattern:
        '(?:co za|(?:to|tu|tutaj) (?:jest |był |była |było |to )?(?:jakiś |jakaś |po prostu )?(?:jeden |jedna )?(?:wielki |wielka )|(?:to|tu|tutaj) (?:jest |był |jakiś |jakaś )+|jeden wielki|jedna wielka|(?:totaln|kompletn|straszn|potworn|istn|niesamowit)\\p{L}*) (?:(?!trochę|lekki|lekk|mał|drobn|nieco)\\p{L}+ )?(?:ba[łl]agan|syf|chlew|cyrk|dziadostw|partanin|fuszerk|kpin|amatorszczyzn)\\p{L}*',
      why: 'Nazwanie czyjejś pracy bałaganem, cyrkiem czy kpiną to wyrok na całość; druga strona usłyszy pogardę i zacznie się bronić zamiast poprawiać konkretny problem.',
      suggestion: 'Nazwij konkretny problem i jego skutek: „Sumy na slajdzie 3 nie zgadzają się z raportem”.',
    },
    {
      kind: 'insult',
      pattern:
        '(?:to (?:jest )?(?:jakiś |jakaś |po prostu |jeden wielki |jedna wielka )?(?:dramat|porażk\\p{L}*|masakr\\p{L}*|paranoj\\p{L}*|cyrk\\p{L}*|koszmar\\p{L}*|horror|wstyd|obciach|hańb\\p{L}*)|(?:totaln|kompletn)\\p{L}* (?:dramat|paranoj\\p{L}*|cyrk\\p{L}*))(?! (?:z|po) (?:naszej|mojej) stron| dla (?:nas|mnie|naszego|naszej|naszych))',
      why: 'Nazwanie czyjejś pracy bałaganem, cyrkiem czy kpiną to wyrok na całość; druga strona usłyszy pogardę i zacznie się bronić zamiast poprawiać konkretny problem.',
    },
    {
      kind: 'insult',
      pattern:
        'niańcz\\p{L}*|(?:prowadzić|prowadził\\p{L}*) (?:cię |was )?za rączkę|niechlujn\\p{L}*|na odwal|na odpieprz\\p{L}*|na odpierdol\\p{L}*|po łebkach|partack\\p{L}*|partanin\\p{L}*',
      why: 'Etykieta „niechlujne” czy „na odwal” ocenia całą pracę, a pośrednio osobę; druga strona będzie się bronić zamiast poprawiać.',
      suggestion:
        'Wskaż konkretny błąd i jego skutek: „W tabeli 2 brakuje danych z marca, a klient o nie pytał”.',
    },
    { kind: 'insult', pattern: '(?:zamknij się|spadaj|odwal się|spieprzaj)' },
    // Obwinianie.
    { kind: 'blame', pattern: '(?:(?:ciebie|cię) )?(?:to )?(?:w ogóle )?nie obchodzi(?: cię| ciebie)?' },
    { kind: 'blame', pattern: '(?:to (?:jest )?)?(?:(?:wyłącznie|tylko|całkowicie) )?(?:twoja|wasza) wina' },
    { kind: 'blame', pattern: 'z (?:twojej|waszej) winy' },
    { kind: 'blame', pattern: '(?:to )?przez ciebie' },
    { kind: 'blame', pattern: `zrzuci${THOU} (?:całą )?win(?:ę|e) na (?:mnie|nas)` },
    {
      kind: 'blame',
      pattern:
        '(?:tak|w ten sposób) (?:nas|mnie) (?:traktujecie|traktujesz|traktuje pan|traktuje pani|traktują)',
    },
    {
      kind: 'blame',
      pattern:
        '(?:jestem|jesteśmy) (?:\\p{L}+ )?(?:(?:zbulwersowan|oburzon|zniesmaczon)\\p{L}*|zszokowan\\p{L}*,? że (?:\\p{L}+ )?\\p{L}+(?:łeś|łaś|liście|łyście))',
    },
    { kind: 'blame', pattern: 'to nie (?:jest )?(?:moja|nasza) wina,? że' },
    {
      kind: 'blame',
      pattern:
        '(?:to|te) powinn(?:o|y) (?:już )?(?:było|były)(?: już)? (?:zostać |być )?(?:wyłapane|sprawdzone|zrobione|przetestowane|poprawione|wysłane|zauważone|gotowe)',
      why: 'Mówienie, co powinno było się stać, wskazuje porażkę, a nie rozwiązanie; druga strona broni przeszłości zamiast planować kolejny krok.',
    },
    {
      kind: 'blame',
      pattern: `(?:spodziewa|oczekiwa)${ME} (?:się )?(?:po (?:tobie|was|\\p{L}+) )?(?:czegoś )?(?:dużo |znacznie |o wiele )?(?:więcej|lepszego|lepiej)(?=\\s*(?:po |od |[.!,…]|$))`,
      why: '„Spodziewałem się więcej” to wyrok o osobie, nie o pracy; druga strona usłyszy rozczarowanie sobą i zacznie się bronić.',
      suggestion:
        'Nazwij lukę i to, jak wygląda dobry wynik: „Testy nie obejmują zwrotów; potrzebuję ich przed mergem”.',
    },
    {
      kind: 'blame',
      pattern:
        '(?:jak|jeśli|jeżeli) (?:sobie )?nie (?:dajesz|dajecie) rady,? (?:to )?(?:powiedz|mówcie|mów|powiedzcie|przyznaj)|(?:jak|jeśli|jeżeli) (?:sobie )?nie radzisz(?: sobie)?,? (?:to )?(?:powiedz|mów|przyznaj)',
    },
    {
      kind: 'blame',
      pattern:
        '(?:znowu |znów |ciągle |wciąż |po prostu )?(?:olewasz|olewacie|ignorujesz|ignorujecie|lekceważysz|lekceważycie)',
    },
    // „Jak zwykle spóźnione”: one miss turned into a pattern.
    {
      kind: 'absolute',
      pattern: `(?:jak zwykle|jak zawsze|tradycyjnie),? (?:\\p{L}+ )?(?:spóźni\\p{L}*|nie działa\\p{L}*|nic|nikt|zepsu\\p{L}*|zapomnia${THOU}|za późno|po terminie|nie \\p{L}+${THOU})|(?:spóźnion\\p{L}*|po terminie|nie działa|zepsut\\p{L}*|zapomnia${THOU}) jak (?:zwykle|zawsze)`,
      why: '„Jak zwykle” zamienia jedną wpadkę w regułę i wyrok o człowieku; druga strona zacznie bronić swojej historii zamiast naprawiać sprawę.',
    },
    {
      kind: 'blame',
      pattern: '(?:robisz|robicie|zrobiłeś|zrobiłaś|zrobiliście) to (?:specjalnie|celowo|na złość)',
    },
    {
      kind: 'blame',
      pattern:
        'co (?:ty|wy) (?:tu |znowu |najlepszego )?(?:odwalasz|odwalacie|odpierdalasz|odpierdalacie|wyprawiasz|wyprawiacie|sobie myślisz|sobie myślicie|sobie wyobrażasz|sobie wyobrażacie)',
    },
    {
      kind: 'blame',
      pattern:
        'mam (?:już )?(?:tego |was |ciebie |cię )?(?:już )?(?:serdecznie |naprawdę |po prostu )?(?:dość|dosyć|dosc|dosyc|po dziurki w nosie|powyżej uszu|serdecznie dość)(?! (?:dużo|sporo|mało|długo|często|dobr|duż|mał|napięt|ciasn|pełn|obszern|szczegółow|ogóln|jasn|dokładn|ważn|piln|niezł|spor|wysok|nisk|czasu|miejsca)\\p{L}*)|(?:rzygam|rzygać mi się chce) (?:już )?(?:tym|tymi|tą)|(?:szlag|krew) mnie trafia|(?:dość|dosyć) tego(?=\\s*(?:[.!,…]|$))',
      why: 'Pisanie, że masz czegoś dość, wyładowuje frustrację na drugiej osobie; usłyszy pogardę i przestanie słuchać prośby, która się za tym kryje.',
      suggestion:
        'Nazwij, co się powtarza, i co by pomogło: „To trzeci raz, kiedy dopytuję o status; czy możemy ustalić stały termin aktualizacji?”',
    },
    { kind: 'blame', pattern: 'nie będę (?:brał|brała|brać|brali) (?:na siebie )?winy' },
    {
      kind: 'blame',
      pattern:
        'nie da się z (?:nim|nią|tobą|wami|nimi) (?:\\p{L}+ )?(?:pracować|współpracować|rozmawiać|dogadać)',
    },
    { kind: 'blame', pattern: '(?:po prostu )?(?:ci|wam) się nie chce' },
    { kind: 'blame', pattern: 'sprząta\\p{L}* po (?:tobie|was|nim|niej)' },
    {
      kind: 'blame',
      pattern:
        '(?:czy )?(?:ktokolwiek |ktoś )?(?:to )?w ogóle (?:\\p{L}+ )?(?:testowa|przetestowa|sprawdza|sprawdzi|czyta|przeczyta)\\p{L}*',
    },
    {
      kind: 'blame',
      pattern: `(?:znowu |znów |kompletnie |totalnie |całkiem )?(?:zawali|spieprzy|schrzani|zepsu|popsu|spartoli|sknoci|spapra|ola|zignorowa|zawie)${THOU}`,
    },
    {
      kind: 'blame',
      pattern: `(?:nawet|w ogóle|znowu|znów|chyba|oczywiście|najwyraźniej) nie (?:przeczyta|sprawdzi|posłucha|pomyśla|spojrza|przetestowa|zajrza|zrozumia)${THOU}`,
    },
    {
      kind: 'blame',
      pattern: `(?:znowu|znów|jak zwykle|po raz kolejny|kolejny raz|ponownie) nie (?:dotrzyma|dostarczy|odpisa|odpowiedzia|wysła|zrobi|skończy|odda|zdąży|dowioz|przygotowa|poprawi|naprawi|zapłaci|przesła|sprawdzi|dopilnowa|zaktualizowa)${THOU}`,
    },
    {
      kind: 'blame',
      pattern: '(?:w ogóle |nigdy |znowu )?nie (?:słuchasz|czytasz|myślisz|słuchacie|czytacie|myślicie)',
    },
    { kind: 'blame', pattern: `(?:nie |za)?(?:zapomnia|zaniedba)${THOU}(?= (?:o|znowu|znów|\\p{L}+ć))` },
    // Sarkazm.
    { kind: 'sarcasm', pattern: 'no (?:super|pięknie|świetnie|ładnie|brawo|extra|rewelacja|cudownie|bosko)' },
    { kind: 'sarcasm', pattern: 'no to (?:pięknie|super|świetnie|ładnie)' },
    { kind: 'sarcasm', pattern: '(?:brawo|gratuluję|gratulacje)', needsHostile: true },
    { kind: 'sarcasm', pattern: 'dzięki za nic' },
    {
      kind: 'sarcasm',
      pattern:
        '(?:dzięki|dziękuję|dzieki|dziekuje) za (?:tę |tą |to |twoją |waszą )?["„“‘\'`]\\p{L}+(?: \\p{L}+)?["”’\'`]',
    },
    { kind: 'sarcasm', pattern: `(?:mia${THOU}|masz|mieliście|mieli) jedno (?:zadanie|zadanko)` },
    {
      kind: 'sarcasm',
      pattern: `${S}(?:ciekawe|zabawne|śmieszne|dziwne),? (?:że|jak) (?:\\p{L}+ ){0,3}?(?:tylko|zawsze|nigdy|akurat|znowu|nikt|twoi\\p{L}*|twoj\\p{L}*|twój|wasz\\p{L}*)`,
    },
    {
      kind: 'sarcasm',
      pattern:
        '(?:czyli|więc|to) (?:teraz |już )?(?:po prostu )?(?:olewamy|ignorujemy|pomijamy|odpuszczamy)(?=[^.!\\n]{0,60}\\?)',
    },
    { kind: 'sarcasm', pattern: '(?:wielkie dzięki|stokrotne dzięki)', needsHostile: true },
    { kind: 'sarcasm', pattern: '(?:dobra|świetna|kawał dobrej) robot\\p{L}*', needsHostile: true },
    { kind: 'sarcasm', pattern: '(?:tak,? jasne|jasne,? bo|akurat)(?=[,.!? ])' },
    { kind: 'sarcasm', pattern: '(?:co za|jaka) niespodzianka' },
    { kind: 'sarcasm', pattern: 'miło,? że (?:w końcu|wreszcie|raczył\\p{L}*)' },
    { kind: 'sarcasm', pattern: 'dobrze (?:ci|wam|mieć) tak(?:,| mówić| pisać)' },
    { kind: 'sarcasm', pattern: 'geniusz\\p{L}*' },
    // Pasywna agresja.
    {
      kind: 'passive-aggressive',
      pattern: `(?:jak|tak jak) (?:już )?(?:(?:wcześniej|wielokrotnie|kilka razy) )?(?:pisa|mówi|wspomina|wspomnia|tłumaczy|wyjaśnia|informowa|zaznacza|podkreśla)${ME}(?: (?:już|wcześniej|wielokrotnie))?`,
    },
    {
      kind: 'passive-aggressive',
      pattern:
        'zgodnie z (?:moim|moją|naszym|naszą) (?:poprzednim|poprzednią|wcześniejszym|wcześniejszą|ostatnim|ostatnią) (?:mailem|e-mailem|wiadomością|informacją)',
    },
    { kind: 'passive-aggressive', pattern: 'z (?:całym|całą|należnym) szacunkiem' },
    {
      kind: 'passive-aggressive',
      pattern: 'gdyby(?:ś|cie)? (?:\\p{L}+ ){0,2}?(?:czyta|słucha|sprawdz|testowa|przeczyta)\\p{L}*',
    },
    { kind: 'passive-aggressive', pattern: '(?:nie wiem,? )?co (?:tu|w tym) jest (?:takie )?trudne' },
    { kind: 'passive-aggressive', pattern: 'bez urazy,? ale' },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:jakieś |choćby |chociaż )?(?:przeprosiny|uprzedzenie|informacja|odpowiedź|podziękowanie) (?:by się przydał(?:y|a|o)|byłyby miłe|byłoby miłe|byłaby mile widziana|byłoby mile widziane)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:moje|moja|mój|nasze|nasza|nasz) (?:\\p{L}+ )?(?:się )?nie (?:liczą|liczy|mają znaczenia|ma znaczenia)(?: już| chyba| najwyraźniej| widocznie)?(?=\\s*(?:[.!?…]|$))',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        'tak jak (?:\\p{L}+ )?(?:poprzednie|ostatnie) (?:\\p{L}+ )?(?:wiadomości|maile|przypomnienia|prośby)',
    },
    {
      kind: 'passive-aggressive',
      pattern: '(?:może|następnym razem) (?:najpierw )?(?:przeczytaj|poczytaj|przeczytajcie)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:nie będę|nie zamierzam) (?:w kółko|ciągle|wiecznie|dalej|więcej) (?:prosić|pytać|przypominać|błagać|ganiać|gonić|pisać)|w kółko (?:to samo|powtarzać|pytać|prosić|przypominać)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        'jak (?:już )?(?:faktycznie|w końcu|wreszcie|łaskawie|naprawdę) (?:przeczytasz|przeczytacie|sprawdzisz|sprawdzicie|zajrzysz|zajrzycie|spojrzysz|przetestujesz|przetestujecie)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:to )?(?:nie (?:jest )?(?:żadna )?|żadna )(?:fizyka kwantowa|filozofia|wiedza tajemna|rocket science)',
      why: '„To nie fizyka kwantowa” sugeruje, że ktoś jest powolny, skoro tego nie rozumie; brzmi jak pogarda, nie pomoc.',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:dlaczego|czemu) (?:o tym )?(?:dowiaduję|dowiadujemy) się (?:o tym )?(?:dopiero(?: teraz)?|tak późno|ostatni)|(?:dlaczego|czemu) nikt (?:mi|nam) (?:o tym )?nie (?:powiedział|napisał|dał znać)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:nie wiem,? |nie rozumiem,? |naprawdę |serio,? )co (?:tu |w tym )?(?:było|jest) (?:takiego )?(?:niejasne|niezrozumiałe|trudne do zrozumienia)|co (?:tu |w tym )?(?:było|jest) takiego (?:niejasne|niezrozumiałe|trudne)|której części (?:\\p{L}+ ){0,3}nie (?:rozumiesz|rozumiecie)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        'kiedy (?:w końcu|wreszcie|nareszcie|łaskawie)(?! (?:będziemy|mamy|możemy|\\p{L}+emy|\\p{L}+imy)(?![\\p{L}]))(?=[^.!?\\n]{0,60}\\?)',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        'nikt (?:tu |tutaj |u was )?(?:nic |w ogóle )?nie (?:robi|czyta|słucha|odpisuje|odpowiada|sprawdza|testuje|reaguje|raczy|przejmuje)\\p{L}*',
    },
    {
      kind: 'passive-aggressive',
      pattern: '(?:dzięki|dziękuję|dziękujemy),? że (?:w końcu|wreszcie|łaskawie)',
    },
    {
      kind: 'passive-aggressive',
      // "Uprzejmie przypominam" alone is the standard polite business formula in Polish.
      pattern: '(?:tylko|jeszcze raz|ponownie|kolejny raz) (?:uprzejmie |grzecznie |życzliwie )?przypominam',
    },
    {
      kind: 'passive-aggressive',
      pattern:
        '(?:przypominam|piszę|proszę|powtarzam) po raz (?:kolejny|drugi|trzeci|czwarty|piąty|enty|setny|ostatni)',
    },
    { kind: 'passive-aggressive', pattern: 'po raz (?:kolejny|enty|setny|trzeci|czwarty|piąty)' },
    { kind: 'passive-aggressive', pattern: `nie wiem,? czy (?:widzia|zauważy|przeczyta|dosta)${THOU}` },
    { kind: 'passive-aggressive', pattern: 'na przyszłość (?:proszę|prosiłbym|prosiłabym|uprzejmie proszę)' },
    {
      kind: 'passive-aggressive',
      pattern: 'powinieneś (?:już )?(?:to )?wiedzieć|powinnaś (?:już )?(?:to )?wiedzieć',
    },
    // Nie-przeprosiny.
    {
      kind: 'non-apology',
      pattern:
        '(?:przepraszam|przepraszamy),? (?:jeśli|jeżeli|że) (?:poczułeś|poczułaś|poczuliście|czujesz|czułeś|czułaś|ktoś (?:poczuł|poczuła|czuł|czuła)) się',
    },
    {
      kind: 'non-apology',
      pattern:
        '(?:przepraszam|przepraszamy),? (?:jeśli|jeżeli) (?:kogoś|cię|ciebie|was) (?:uraził\\p{L}*|uraziło|zdenerwowa\\p{L}*)',
    },
    // "Przepraszam, ale nie dam rady o 15" declines politely; it is not a cancelled apology.
    {
      kind: 'non-apology',
      pattern:
        '(?:przepraszam|przepraszamy|sorry|sorki),? ale(?! (?:nie dam rady|nie damy rady|nie mogę|nie możemy|nie będę (?:mógł|mogła|w stanie)|muszę|musimy|nie zdążę|nie zdążymy|nie jestem w stanie|mam już))',
    },
    {
      kind: 'non-apology',
      pattern:
        '(?:przykro mi|szkoda),? (?:że|jeśli|jeżeli) (?:tak to )?(?:odebrałeś|odebrałaś|odebraliście|odebrano|tak (?:się )?czujesz|się tak czujesz|poczułeś się|poczułaś się)(?: to tak)?',
    },
    { kind: 'non-apology', pattern: 'przykro mi,? ale' },
    // "Przepraszamy za awarię, ale wasz zespół powinien…": the apology taken back by blame after "ale".
    {
      kind: 'non-apology',
      pattern:
        '(?:przepraszam|przepraszamy|sorry|sorki|przykro (?:mi|nam))[^.!?\\n]{0,60}?,? ale (?:(?:szczerze|tak naprawdę|prawdę mówiąc|umówmy się),? )?(?:(?:ty|wy|wasz\\p{L}*(?: \\p{L}+)?|tw(?:ój|oja|oje|oi)(?: \\p{L}+)?) (?:powin\\p{L}*|też|także|mogli\\p{L}*|mógł\\p{L}*|mogła\\p{L}*|nie \\p{L}+(?:łeś|łaś|liście|li|ł|ła)|zawali\\p{L}*|zapomnia\\p{L}*)|to nie (?:była |jest )?(?:nasza|moja) wina|nie (?:z )?(?:naszej|mojej) winy|takie rzeczy|gdyby(?:ś|cie)?|powinn\\p{L}*|nikt)',
    },
    {
      kind: 'non-apology',
      pattern:
        '(?:przepraszam|przepraszamy|przykro mi|przykro nam),? (?:jeśli|jeżeli|że) (?:\\p{L}+ ){0,2}?(?:poczu\\p{L}*|czuje\\p{L}*|odebra\\p{L}*|urazi\\p{L}*)(?: się)?(?: (?:pan|pani|państwo))?(?: urażon\\p{L}*)?',
    },
    // Lekceważenie.
    {
      kind: 'dismissive',
      pattern: 'nieważne(?!,? (?:już|sam|sama|znalaz\\p{L}*|mam|ogarn\\p{L}*|rozwiąza\\p{L}*|działa))',
    },
    { kind: 'dismissive', pattern: '(?:uspokój|uspokójcie) się' },
    {
      kind: 'dismissive',
      pattern:
        '(?:na )?(?:serio|poważnie)[!?]*\\?[!?]*(?![!?\\s]*(?:(?:to|wow|o rany|ale),? )?(?:jest )?(?:super|świetn|wspaniał|genialn|gratul|ekstra|rewelac|fantastyczn|wow|extra|czad|fajn)\\p{L}*)|(?:chyba |sobie )(?:żartujesz|żartujecie|kpisz|kpicie)(?: sobie)?(?: ze mnie| z nas)?|(?:robisz|robicie) sobie jaja|jaja sobie (?:robisz|robicie)|(?:no )?bez jaj|ręce (?:mi |nam )?opadają|szkoda (?:gadać|słów|strzępić języka)|litości(?=\\s*(?:[.!,…]|$))|nie chce mi się (?:z tobą |z wami |o tym )?(?:gadać|rozmawiać|dyskutować)',
      why: 'Takie „serio?” czy „chyba żartujesz” traktuje wiadomość albo pracę drugiej osoby jak absurd; odbierane jest jako pogarda, nie pytanie.',
      suggestion:
        'Powiedz, co cię zaskoczyło i czego potrzebujesz: „Nie spodziewałem się tego. Możemy przejrzeć, co się stało?”',
    },
    { kind: 'dismissive', pattern: '(?:wyluzuj|wyluzujcie|ochłoń)' },
    { kind: 'dismissive', pattern: '(?:to )?nie (?:mój|nasz) problem' },
    { kind: 'dismissive', pattern: '(?:to )?(?:twój|wasz) problem' },
    { kind: 'dismissive', pattern: 'nie (?:moja|nasza) sprawa' },
    { kind: 'dismissive', pattern: 'jak (?:tam )?(?:chcesz|sobie chcesz|uważasz)(?=\\s*[.!…]|\\s*$)' },
    { kind: 'dismissive', pattern: 'jak tam chcesz' },
    {
      kind: 'dismissive',
      pattern:
        '(?:jak|jeśli|jeżeli) (?:\\p{L}+ ){0,3}nie (?:pasuje|odpowiada|podoba)\\p{L}*(?: się)?,? (?:to )?trudno',
    },
    { kind: 'dismissive', pattern: 'wszystko jedno' },
    { kind: 'dismissive', pattern: 'nie ma (?:takiej )?(?:opcji|mowy)|nie wchodzi w grę' },
    {
      kind: 'dismissive',
      pattern:
        '(?:nie przesadzaj|nie dramatyzuj|nie histeryzuj|przestań (?:marudzić|narzekać|jęczeć|panikować|się wymądrzać|się mądrzyć|mnie pouczać|pouczać|się tłumaczyć|się wykręcać|kombinować|wymyślać))',
    },
    {
      kind: 'dismissive',
      pattern:
        '(?:co mnie to obchodzi|mam to gdzieś|mam to w nosie|i co z tego|żaden problem, przeżyjesz|przeżyjesz)',
    },
    { kind: 'dismissive', pattern: '(?:to )?nic (?:takiego|wielkiego),? (?:przesadzasz|nie rób)' },
    // Żądania pod presją.
    { kind: 'demand', pattern: 'bez (?:żadnych )?(?:wymówek|dyskusji|gadania)' },
    {
      kind: 'demand',
      pattern:
        '(?:natychmiast|od razu|w tej chwili) (?:to )?(?:popraw|zrób|wyślij|napraw|odpowiedz|oddzwoń|zmień|usuń|oddaj|prześlij|dokończ|zapłać)\\p{L}*',
    },
    {
      kind: 'demand',
      pattern: `${S}(?:popraw|zrób|wyślij|napraw|odpowiedz|oddzwoń|zmień|usuń|oddaj|prześlij|dokończ|zapłać)\\p{L}*(?: to| mi)? (?:natychmiast|teraz|od razu|w tej chwili|na już)`,
    },
    { kind: 'demand', pattern: 'nie chcę (?:tego )?(?:słyszeć|żadnych wymówek)' },
    { kind: 'demand', pattern: 'nie interesuje mnie,? (?:jak|dlaczego|czemu|co)' },
    { kind: 'demand', pattern: 'koniec (?:dyskusji|tematu|kropka)' },
    { kind: 'demand', pattern: 'kropka(?=\\s*(?:[.!]+\\s*)?$)' },
    { kind: 'demand', pattern: 'to nie (?:jest )?prośba' },
    { kind: 'demand', pattern: 'bez (?:żadnych )?wyjątków' },
    { kind: 'demand', pattern: 'nie (?:będziemy|będę) (?:o tym |tego )?(?:dyskutować|negocjować)' },
    { kind: 'demand', pattern: 'masz to (?:zrobić|poprawić|mieć|wysłać)' },
    { kind: 'demand', pattern: '(?:rzuć|rzućcie) wszystko|(?:zostaw|zostawcie) wszystko i' },
    {
      kind: 'demand',
      pattern:
        '(?:odpisz|odpowiedz|zrób|popraw|wyślij|prześlij|napraw|dokończ|zapłać|przeczytaj|sprawdź|oddaj|zajmij się)(?:cie)? (?:to |mi |nam |tym )?(?:w końcu|wreszcie|nareszcie|łaskawie)|(?:w końcu|wreszcie|łaskawie) (?:odpisz|odpowiedz|zrób|popraw|wyślij|prześlij|napraw|dokończ|zapłać|przeczytaj|sprawdź|oddaj)(?:cie)?',
    },
    {
      kind: 'demand',
      pattern:
        '(?:ogarnij|ogarnijcie) się|(?:weź|weźcie) się (?:w garść|(?:w końcu )?do (?:roboty|pracy|rzeczy))|(?:zacznij|zacznijcie) (?:w końcu )?myśleć',
      why: '„Ogarnij się” ocenia osobę, a nie sprawę; nie mówi, co poprawić, za to daje dużo do obrony.',
    },
    {
      kind: 'demand',
      pattern:
        '(?:zrób|zróbcie|rób|róbcie|wykonuj|wykonujcie|zajmij się|zajmijcie się)(?: (?:w końcu|wreszcie|po prostu|łaskawie))? (?:swoją|swoja|swoje|swoim) (?:robot|prac|zadani|obowiązk)\\p{L}*|za co (?:ci|wam) (?:płacą|płacimy|płacę)',
      why: '„Zrób swoją robotę” mówi, że ktoś jej nie robi; brzmi jak pogarda wobec osoby, nie jak prośba.',
    },
    // Absoluty wobec osoby.
    {
      kind: 'absolute',
      pattern: `(?<!czy (?:\\p{L}+ )?)(?:zawsze|nigdy|ciągle|wiecznie|stale|non stop|bez przerwy|za każdym razem)(?=(?: \\p{L}+){0,3}? ${THOU_WORD}(?![\\p{L}]))(?!(?: \\p{L}+){0,3}? (?:możesz|możecie|mo[żz]na|chętnie|pomogę|pomożemy|służę|dziękuję|doceniam))`,
    },
    {
      kind: 'absolute',
      pattern: `(?<=${THOU_WORD} (?:\\p{L}+ )?)(?:zawsze|nigdy|ciągle|wiecznie|stale|non stop|bez przerwy)`,
    },
    {
      kind: 'passive-aggressive',
      pattern:
        'ile (?:jeszcze )?razy (?:mam|muszę|trzeba|będę musiał|będę musiała) (?:ci |wam |panu |pani )?(?:to )?(?:ci |wam )?(?:prosić|powtarzać|mówić|przypominać|pisać|tłumaczyć)|ile (?:jeszcze )?(?:można|mam|mamy|muszę|będę) czekać|ile (?:jeszcze )?można(?=\\s*(?:[?!.…,]|$))',
    },
    {
      kind: 'blame',
      pattern: '(?:to (?:jest )?|jest )?(?:kompletnie |zupełnie |absolutnie |po prostu )?nie do przyjęcia',
      why: '„Nie do przyjęcia” to wyrok, nie informacja; druga strona usłyszy ocenę i zacznie się bronić zamiast wyjaśniać.',
      suggestion: 'Nazwij skutek i potrzebę: „To zablokowało wydanie; potrzebuję poprawki do piątku”.',
    },
    // Listed last: a standalone match rejected for lack of a target must not hide the rules above.
    { kind: 'absolute', pattern: 'za każdym razem', needsHostile: true },
  ],
  hostile:
    '(?:zepsu\\p{L}*|popsu\\p{L}*|spóźni\\p{L}*|znowu|znów|nie działa|błęd\\p{L}*|błąd|wina|zawal\\p{L}*|porażk\\p{L}*|katastrof\\p{L}*|nic|nikt|nigdy|kolejn\\p{L}*|stracon\\p{L}*|strat\\p{L}*|przegapi\\p{L}*|zapomnia\\p{L}*|zignorowa\\p{L}*|ignoruj\\p{L}*|fatalnie|okropn\\p{L}*|bałagan\\p{L}*|opóźnieni\\p{L}*|to samo|sprząta\\p{L}*|z tobą|po terminie|termin\\p{L}* (?:minął|minęł\\p{L}*|przekroczon\\p{L}*))',
  shoutWords: (
    'NIE TAK JUŻ TERAZ NATYCHMIAST NIGDY ZAWSZE DZIŚ DZISIAJ PILNE PILNIE CZYTAJ PRZECZYTAJ MUSISZ TWOJA TWOJE ' +
    'TWÓJ WINA DLACZEGO CZEMU ZNOWU ZNÓW WSZYSTKO NIC NIKT KONIEC DOŚĆ STOP TY CIEBIE JA MNIE SERIO POPRAW ZRÓB'
  ).split(' '),
  cues: [
    // Wyrzuty bez gotowego zwrotu (wagi jak w en.ts: jeden wyraźny kształt wystarcza, by zwykły
    // szkic był napięty). Ich twierdzenie i zaprzeczenie („mówiłeś, że jest zrobione. nie jest.”).
    {
      pattern:
        '(?:mówiłeś|mówiłaś|mówiliście|twierdziłeś|twierdziłaś|obiecałeś|obiecałaś|obiecaliście|zapewniałeś|zapewniałaś)(?=[^?\\n]{0,80}(?<![\\p{L}])nie(?![\\p{L}]))',
      weight: 1.5,
    },
    // Szukanie winnego: „Kto to zatwierdził?”
    {
      pattern: `${S}kto (?:to )?(?:zatwierdził|zmienił|zepsuł|usunął|zdecydował|ruszał|wrzucił|puścił)`,
      weight: 1.6,
    },
    // Pouczenie na przyszłość: „Następnym razem zapytaj…”
    {
      pattern: `${S}następnym razem,? (?:zapytaj|sprawdź|daj znać|upewnij się|przeczytaj|pomyśl|uprzedź)`,
      weight: 1.5,
    },
    // Wyjaśnienie żądane od wszystkich: „Może mi ktoś wyjaśnić, czemu…”
    {
      pattern: '(?:może|czy może) mi ktoś (?:wyjaśnić|wytłumaczyć|powiedzieć),? (?:czemu|dlaczego)',
      weight: 1.5,
    },
    // Ten sam błąd znowu: „liczby znowu się nie zgadzają”.
    { pattern: '(?:znowu|znów|ponownie) (?:się )?nie', weight: 1.0 },
    // Minięty termin podany sucho: „termin był wczoraj”.
    { pattern: 'termin (?:był|minął|upłynął) (?:wczoraj|w zeszł\\p{L}*|w poprzedni\\p{L}*)', weight: 1.0 },
    // Krótkie wyzwanie zamiast pytania: „Jak to możliwe?”, „Gdzie to jest?”
    {
      pattern: `${S}(?:gdzie|czemu|dlaczego|jak) (?:to|jest to|to jest)(?: (?:możliwe|jest))?(?= *\\?)`,
      weight: 1.4,
    },
    { pattern: 'jak to (?:w ogóle )?(?:możliwe|się dzieje)', weight: 1.4 },
    // Wina po ich stronie: „opóźnienie jest po waszej stronie”.
    { pattern: 'po (?:twojej|waszej|ich) stronie', weight: 0.9 },
    // Porażka ich zespołu: „Twój zespół to zawalił”.
    {
      pattern:
        '(?:twój|wasz|ich) (?:zespół|dział|team|ludzie) (?:to )?(?:zawalił|zawalili|zepsuł|zepsuli|pominął|zignorował|przegapił|olał|olali)',
      weight: 1.5,
    },
    // Dalej czekam: „i dalej nic nie mam”.
    { pattern: '(?:dalej|nadal|wciąż|ciągle) (?:nic|nie ma|brak)(?![\\p{L}])', weight: 1.4 },
    // Sarkazm: „nie dziwię się, że…”, „chociaż udaj, że…”.
    { pattern: 'nie (?:dziwię się|dziwi mnie)', weight: 1.5 },
    { pattern: '(?:chociaż|przynajmniej) uda\\p{L}*', weight: 1.5 },
    { pattern: 'jeśli tak (?:prowadzisz|prowadzicie|pracujesz|pracujecie|robisz|robicie)', weight: 1.4 },
    // Odmowa wprost: „Nie zapłacimy za pracę, która…”.
    {
      pattern:
        'nie (?:zapłacimy|zapłacę|podpiszemy|podpiszę|zaakceptujemy|zaakceptuję|zatwierdzimy|zatwierdzę)',
      weight: 1.4,
    },
    // Rama przed werdyktem: „Żeby było jasne…”.
    { pattern: 'żeby było jasne|powiem (?:to )?jasno', weight: 0.9 },
    // „Znowu.” jako osobne zdanie.
    { pattern: `${S}(?:znowu|znów)(?= *[.!?])`, weight: 0.9 },
    // Ogólne kształty skargi: wciąż czegoś nie ma, złamane oczekiwanie, nikt mi nie powiedział…
    {
      pattern:
        '(?:dalej|nadal|wciąż|ciągle) (?:się )?nie(?![\\p{L}])(?![^.!?\\n]{0,80}(?:sprawdzam|patrzę|zajmuję się|poprawiam|naprawiam|dam znać|już działam))',
      weight: 1.5,
    },
    { pattern: 'miał(?:o|a|y|)? być|powinn\\p{L}* (?:był|była|było|byli|być)', weight: 1.0 },
    {
      pattern:
        'nikt (?:mi |nam )?(?:nie )?(?:powiedział|poinformował|odpisał|odpowiedział|sprawdził|zapytał|przetestował|zauważył)(?![^\\n]{0,80}(?:super|fajnie|dzięki|spoko|świetnie))',
      weight: 1.5,
    },
    { pattern: 'co (?:w tym|jest w tym) (?:takiego )?trudnego', weight: 1.4 },
    { pattern: '(?:czemu|dlaczego) (?:to )?ja (?:muszę|mam|zawsze|znowu)?', weight: 1.4 },
    { pattern: 'cokolwiek (?:robisz|robicie|zrobiłeś|zrobiłaś|zrobiliście)', weight: 1.0 },
    {
      pattern:
        '(?:wreszcie|w końcu) (?:ktoś )?(?:raczył|łaskawie|odpisał|odpowiedział|się odezwał|zdecydował)',
      weight: 1.4,
    },
    {
      pattern: '(?:dwa|trzy|cztery|pięć|kilka) (?:dni|tygodnie|tygodni|miesiące|miesięcy) i(?![\\p{L}])',
      weight: 0.9,
    },
    // „Super.” albo „Świetnie.” na końcu skargi to sarkazm.
    {
      pattern: `${S}(?:super|świetnie|pięknie|cudownie|rewelacja|ekstra|brawo)(?= *[.!]+ *$)(?<=(?:nie|nikt|nigdy|nic)[^\\n]{0,200})`,
      weight: 1.5,
    },
    // Koszt, który wywołali: „teraz ja muszę się tłumaczyć klientowi”.
    {
      pattern:
        '(?:teraz )?(?:ja )?muszę się (?:tłumaczyć|wytłumaczyć|wyspowiadać) (?:przed )?(?:klientowi|klientem|zarządowi|zarządem|szefowi|szefem)',
      weight: 1.0,
    },
    // Złagodzenia.
    {
      pattern: '(?:dzięki|dziękuję|dziękujemy|dzięks|dziękować|wdzięczn\\p{L}*|doceniam|doceniamy|thx)',
      weight: -0.9,
      signal: 'gratitude',
    },
    {
      pattern: '(?:proszę|prosiłbym|prosiłabym|prosilibyśmy|uprzejmie|pls)',
      weight: -0.55,
      signal: 'softeners',
    },
    {
      pattern:
        '(?:czy (?:mógłbyś|mogłabyś|mógłby|mogłaby|moglibyście|możesz|możecie|mogę|moglibyśmy|dałoby się|byłoby)|mógłbyś|mogłabyś|moglibyście|moglibyśmy|byłbym wdzięczny|byłabym wdzięczna|jeśli (?:możesz|to nie problem|znajdziesz chwilę))',
      weight: -0.7,
      signal: 'softeners',
    },
    {
      pattern:
        '(?:myślę|wydaje mi się|chyba|może|być może|raczej|trochę|nieco|moim zdaniem|jeśli dobrze rozumiem|sugeruję|proponuję|zastanawiam się|nie jestem pewien|nie jestem pewna|wydaje się)',
      weight: -0.4,
      signal: 'softeners',
    },
    { pattern: `${S}(?:cześć|hej|dzień dobry|witam|witaj|siema|szanown\\p{L}*|drog\\p{L}*)`, weight: -0.6 },
    {
      pattern:
        '(?:przepraszam|przepraszamy|wybacz|wybaczcie|sorry|sorki|mój błąd|moja wina|pomyliłem się|pomyliłam się)',
      weight: -0.55,
      signal: 'apology',
    },
    {
      pattern:
        '(?:my|nas|nam|nasz\\p{L}*|razem|wspólnie|wspóln\\p{L}*|zespół|zrobimy|możemy|spróbujmy|ustalmy|zróbmy|porozmawiajmy)',
      weight: -0.25,
      signal: 'sharedPurpose',
    },
    {
      pattern:
        '(?:świetn\\p{L}*|super|dobr\\p{L}*|fajn\\p{L}*|ciekaw\\p{L}*|pomocn\\p{L}*|cieszę|miło|gratul\\p{L}*|brawo|zgadzam|pasuje|działa|mam nadzieję)',
      weight: -0.35,
    },
    {
      pattern:
        '(?:daj(?:cie)? znać|co (?:o tym )?myślisz|co sądzisz|jak to wygląda z twojej strony|co by (?:ci|wam) pasowało|z twojej perspektywy|twoje zdanie)',
      weight: -0.5,
    },
    // Zaostrzenia.
    {
      pattern: '(?:ty|ciebie|cię|tobie|tobą|twój|twoja|twoje|twojego|twojej|twoim|wy|was|wam|wasz\\p{L}*)',
      weight: 0.12,
      signal: 'secondPerson',
    },
    { pattern: '(?:dlaczego|czemu|po co|z jakiej racji)', weight: 1.1 },
    {
      pattern:
        '(?:o co ci chodzi|co ty (?:robisz|wyprawiasz|sobie myślisz)|co to ma być|co do cholery|serio|poważnie|żartujesz)',
      weight: 1.2,
    },
    {
      pattern:
        '(?:czy ty (?:w ogóle|naprawdę)|w ogóle|naprawdę|oczywiście|najwyraźniej|ewidentnie|jasne jest)',
      weight: 0.6,
    },
    {
      pattern:
        '(?:źle|zły|zła|złe|błąd|błędy|bzdur\\p{L}*|problem\\p{L}*|skandal\\p{L}*|niedopuszczaln\\p{L}*|nie do przyjęcia|znowu|znów|nigdy|nic|nikt|kłam\\p{L}*|wina|przestań)',
      weight: 0.35,
    },
    {
      pattern: `${S}(?:przestań|nie rób|zrób|popraw|przeczytaj|sprawdź|odpowiedz|napraw|wyjaśnij|daj mi|pokaż)(?![\\p{L}])`,
      weight: 0.55,
    },
    { pattern: `${S}(?:więc|no i|i co)(?=[ ,])`, weight: 0.5 },
    // Nacisk: żądania, zaległości i liczone przypomnienia.
    { pattern: '(?:oczekuj\\p{L}*|żądam\\p{L}*|żądamy|wymagam\\p{L}*|domagam\\p{L}*)', weight: 0.6 },
    { pattern: '(?:przeterminowan\\p{L}*|zaległ\\p{L}*|nieopłacon\\p{L}*)', weight: 0.5 },
    {
      pattern: '(?:drugie|trzecie|czwarte|kolejne|ostatnie|ostateczne) (?:przypomnienie|wezwanie|upomnienie)',
      weight: 0.8,
    },
  ],
};
