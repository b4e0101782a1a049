/**
 * Realistic workplace sentences in the languages people paste into Parley. The offline engine only
 * coaches English and Polish, so what matters most is that nothing else is taken for one of them:
 * a Czech draft read as Polish would get a confident, wrong verdict.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, isSupported } from '../../../src/coach/local/language.ts';

const OTHERS: readonly [string, string][] = [
  ['cs', 'Můžeš mi prosím poslat tu zprávu do pátku? Děkuji.'],
  ['cs', 'Zase jsi nedodržel termín, to je už potřetí.'],
  ['cs', 'Ahoj, nevím, jestli to stihneme do zítřka.'],
  ['cs', 'Proč jsi mi neposlal ten report? Čekám na to celý den.'],
  ['sk', 'Môžeš mi prosím poslať tú správu do piatku? Ďakujem.'],
  ['sk', 'Ahoj, neviem, či to stihneme do zajtra.'],
  ['hr', 'Možeš li mi poslati izvještaj do petka? Hvala.'],
  ['hr', 'Opet si zakasnio s rokom, ovo je već treći put.'],
  ['hr', 'Bok, ne znam hoćemo li to stići do sutra.'],
  ['de', 'Kannst du mir bitte den Bericht bis Freitag schicken?'],
  ['de', 'Das ist jetzt schon das dritte Mal, dass die Frist verpasst wurde.'],
  ['de', 'Ich habe keine Zeit für so etwas, mach es einfach.'],
  ['fr', 'Pouvez-vous envoyer le rapport avant vendredi, merci ?'],
  ['fr', 'C’est la troisième fois que tu rates la date limite.'],
  ['es', '¿Puedes enviar el informe antes del viernes, por favor?'],
  ['es', 'Es la tercera vez que no cumples con el plazo.'],
  ['it', 'Puoi mandarmi il rapporto entro venerdì? Grazie.'],
  ['it', 'È la terza volta che manchi la scadenza.'],
  ['pt', 'Você pode me enviar o relatório até sexta? Obrigado.'],
  ['pt', 'É a terceira vez que você perde o prazo.'],
  ['nl', 'Kun je het rapport vrijdag sturen? Bedankt!'],
  ['nl', 'Dit is al de derde keer dat je de deadline mist.'],
  ['uk', 'Чи можеш надіслати звіт до п’ятниці?'],
  ['ru', 'Ты опять сорвал сроки, это уже третий раз.'],
];

describe('detectLanguage on workplace sentences', () => {
  it.each(OTHERS)('reads %s as itself: "%s"', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it.each([
    // Czech and Slovak are close enough that either answer is fair; neither is Polish or English.
    'Zase si nedodržal termín, to je už tretíkrát.',
    // Languages with no profile: anything but a supported language.
    'Kiitos, lähetän raportin huomenna aamulla.',
    'Kérlek küldd el a jelentést péntekig.',
    'Lütfen raporu cuma gününe kadar gönder.',
  ])('never takes "%s" for English or Polish', (text) => {
    expect(isSupported(detectLanguage(text))).toBe(false);
  });

  it.each([
    ['pl', 'Serio?'],
    ['pl', 'Czy mozesz wyslac raport do piatku? Dzieki.'],
    ['pl', 'Znowu nie dotrzymales terminu, to juz trzeci raz.'],
    ['pl', 'Nie wiem, czy zdazymy do jutra.'],
    ['pl', 'Nie będę tego powtarzać, to ostatni raz.'],
    ['en', 'Can you ask Grzegorz Brzęczyszczykiewicz to send the report?'],
    ['en', 'Małgorzata and Łukasz will join the call at 3.'],
    ['en', 'Please loop in Wojciech from the Kraków office.'],
    ['en', 'Great work everyone, shipping tomorrow!'],
    ['en', 'Build broken. Reverting.'],
    ['en', 'Fine.'],
    ['en', 'Whatever'],
    ['en', 'No'],
  ])('keeps the hard case %s: "%s"', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });
});
