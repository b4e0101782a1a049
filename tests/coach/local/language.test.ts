import { describe, expect, it } from 'vitest';
import { detectLanguage, isSupported } from '../../../src/coach/local/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['Could you please send the report by Friday?', 'en'],
    ['ok', 'en'],
    ['thanks!', 'en'],
    ['PR merged', 'en'],
    ['Czy możesz wysłać raport do piątku?', 'pl'],
    ['Nie wiem, czy to jest dobry pomysł.', 'pl'],
    ['Dzięki!', 'pl'],
    ['zawaliłeś termin', 'pl'],
    ['Serio?', 'pl'],
    ['Poważnie??', 'pl'],
    ['Kannst du mir bitte den Bericht bis Freitag schicken?', 'de'],
    ['Pouvez-vous envoyer le rapport avant vendredi, merci ?', 'fr'],
    ['¿Puedes enviar el informe antes del viernes, por favor?', 'es'],
    ['Kun je het rapport vrijdag sturen? Bedankt!', 'nl'],
  ])('reads "%s" as %s', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('says "und" when there are no letters or the script is unknown', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('👍🙂 123 !!!')).toBe('und');
    expect(detectLanguage('Привет, как дела?')).toBe('und');
  });

  it('fully supports English and Polish only', () => {
    expect(isSupported('en')).toBe(true);
    expect(isSupported('pl')).toBe(true);
    expect(isSupported('de')).toBe(false);
  });
});
