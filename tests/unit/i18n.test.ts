import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feelings, feelingLabel } from '../../lib/feelings';
import { catalogues } from '../../lib/i18n/all';
import {
  getLocale,
  locales,
  matchLocale,
  resolveLocale,
  setLocale,
  t,
  tAround,
  tn,
  type Locale,
  type Plural,
} from '../../lib/i18n';
import { en } from '../../lib/i18n/locales/en';
import { friendlyDue } from '../../lib/later/friendly';
import { followLanguage } from '../../lib/ui/shared/appearance';
import { CodedError, errorWords } from '../../lib/protocol/to-background';
import { builtInNudges, kindNames } from '../../lib/nudges/catalogue';
import { languageSettings } from '../../lib/settings-model';
import { banned, secondGuessing, word } from './copy-rules';

const ROOT = resolve(import.meta.dirname, '../..');
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(n) ? [p] : [];
  });

/** Every text of a catalogue (both forms of a plural), with its key. */
const texts = (l: Locale): Array<[string, string]> =>
  Object.entries(catalogues[l]).flatMap(([k, v]) =>
    typeof v === 'string' ? [[k, v] as [string, string]] : [[`${k}.one`, v.one] as [string, string], [`${k}.other`, v.other] as [string, string]],
  );
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The nudges speak to the person (second person) in each language. */
const secondPerson: Record<Locale, RegExp> = {
  en: /\b(you|your|yours|yourself)\b/i,
  es: word('tú|tu|tus|te|ti|contigo|tuyo|tuya|tuyos|tuyas|\\p{L}+te'),
  fr: word('vous|votre|vos'),
  de: word('du|dich|dir|dein|deine|deiner|deinem|deinen|deines'),
  pt: word('você|seu|sua|seus|suas|te|ti|si'),
};

afterEach(() => setLocale('en', 'en-US'));

describe('the five catalogues', () => {
  it('have every English key, and no other, in every language', () => {
    const keys = Object.keys(en).sort();
    for (const l of locales) expect(Object.keys(catalogues[l]).sort(), l).toEqual(keys);
  });

  it('keep the same placeholders and the same plural shape as English, and leave nothing empty', () => {
    for (const l of locales) {
      for (const [key, source] of Object.entries(en)) {
        const other = (catalogues[l] as Record<string, string | Plural>)[key]!;
        expect(typeof other, `${l} ${key}`).toBe(typeof source);
        const pairs: Array<[string, string]> =
          typeof source === 'string' ? [[source, other as string]] : [[source.one, (other as Plural).one], [source.other, (other as Plural).other]];
        for (const [a, b] of pairs) {
          expect(b.trim(), `${l} ${key}`).not.toBe('');
          expect(placeholders(b), `${l} ${key}: ${b}`).toEqual(placeholders(a));
        }
      }
    }
  });

  it('the parity check itself notices a missing key and a lost placeholder', () => {
    const broken = { ...catalogues.es } as Record<string, unknown>;
    delete broken['card.title'];
    expect(Object.keys(broken).sort()).not.toEqual(Object.keys(en).sort());
    expect(placeholders('Descansando hasta las.')).not.toEqual(placeholders(en['popup.restingUntil']));
  });

  it('the languages the settings offer are the ones the catalogues speak', () => {
    expect([...languageSettings].sort()).toEqual(['auto', ...locales].sort());
  });

  it('the manifest words exist in every language, with the same keys', () => {
    const dir = join(ROOT, 'public/_locales');
    const read = (l: string) => JSON.parse(readFileSync(join(dir, l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const keys = Object.keys(read('en')).sort();
    for (const l of ['es', 'fr', 'de', 'pt_BR', 'pt_PT']) {
      expect(Object.keys(read(l)).sort(), l).toEqual(keys);
      for (const k of keys) expect(read(l)[k]!.message.trim(), `${l} ${k}`).not.toBe('');
      expect(`${read(l)['extDescription']!.message} ${read(l)['quickHide']!.message}`, l).not.toMatch(banned[l === 'pt_BR' || l === 'pt_PT' ? 'pt' : (l as Locale)]);
    }
  });
});

describe('the copy test, in every language', () => {
  it('finds no guilt, pressure or command words anywhere in any catalogue', () => {
    for (const l of locales) {
      const offenders = texts(l).filter(([, text]) => banned[l].test(text));
      expect(offenders, l).toEqual([]);
    }
  });

  it('each language list catches the words it exists for', () => {
    const samples: Record<Locale, string[]> = {
      en: ['You should reply', 'Hurry up', "Don't forget"],
      es: ['Deberías responder', 'Tienes que contestar', 'No olvides', 'Date prisa', 'Racha de 3 días'],
      fr: ['Vous devez répondre', 'Il faut répondre', 'N’oubliez pas', 'Dépêchez-vous', 'Série de 3 jours', 'En retard'],
      de: ['Du musst antworten', 'Du solltest antworten', 'Vergiss nicht', 'Beeil dich', 'Überfällig', 'Antworte sofort'],
      pt: ['Você deve responder', 'Você precisa responder', 'Não esqueça', 'Tem que responder', 'Sequência de 3 dias', 'Atrasado'],
    };
    for (const l of locales) for (const s of samples[l]) expect(s, l).toMatch(banned[l]);
  });

  it('never second-guesses the person, in any language: no excuses for the other person, no doubting their reading', () => {
    for (const l of locales) {
      const offenders = texts(l).filter(([, text]) => secondGuessing[l].test(text));
      expect(offenders, l).toEqual([]);
    }
  });

  it('each second-guessing list catches the words it exists for', () => {
    const samples: Record<Locale, string[]> = {
      en: ["Maybe they're just tired.", 'He is just busy', 'They had a bad day.', 'Are you sure?', 'You might be overreacting.', "You're too sensitive", "It's not that bad", 'Is there a kinder reading?', 'They may be tired, busy or distracted. Their words might say more about their day than about you.', 'Your first reading of this message is one guess. Is there another one, kinder or more neutral?'],
      es: ['Quizá tuvo un mal día.', '¿Estás segura?', 'Estás exagerando.', 'Eres demasiado sensible.', 'No es para tanto.', 'Te lo estás imaginando.', 'Cálmate.', 'Puede que esa persona esté cansada, ocupada o distraída.', 'Tu primera lectura de este mensaje es una suposición. ¿Hay otra, más amable o más neutral?'],
      fr: ['Elle a eu une mauvaise journée.', 'Êtes-vous sûr ?', 'Vous exagérez.', 'Vous êtes trop sensible.', 'Ce n’est pas si grave.', 'Calmez-vous.', 'Cette personne est peut-être fatiguée, occupée ou distraite.', 'Votre première lecture de ce message est une hypothèse.'],
      de: ['Er hatte einen schlechten Tag.', 'Bist du sicher?', 'Du übertreibst.', 'Du bist zu empfindlich.', 'Es ist nicht so schlimm.', 'Das bildest du dir ein.', 'Beruhig dich.', 'Die Person ist vielleicht müde, beschäftigt oder abgelenkt.', 'Deine erste Lesart dieser Nachricht ist eine Vermutung.'],
      pt: ['Ela teve um dia ruim.', 'Você tem certeza?', 'Você está exagerando.', 'Você é sensível demais.', 'Não é para tanto.', 'Você está imaginando coisas.', 'Se acalme.', 'Talvez essa pessoa esteja cansada, ocupada ou distraída.', 'Sua primeira leitura desta mensagem é um palpite.'],
    };
    for (const l of locales) for (const s of samples[l]) expect(s, l).toMatch(secondGuessing[l]);
    // Words that only look alike pass: a steady place, "calm" as a feeling, "sure" about something else.
    expect('Ein ruhiger Ort. Sicher.').not.toMatch(secondGuessing.de);
    expect('Calma').not.toMatch(secondGuessing.es);
  });

  it('every nudge is short and speaks to the person, in every language', () => {
    for (const l of locales) {
      setLocale(l);
      for (const n of builtInNudges) {
        expect(n.text.length, `${l} ${n.id}`).toBeGreaterThan(10);
        expect(n.text.length, `${l} ${n.id}`).toBeLessThanOrEqual(l === 'en' ? 160 : 200);
        expect(n.text, `${l} ${n.id}: ${n.text}`).toMatch(secondPerson[l]);
      }
    }
  });

  it('reminders stay neutral in every language: no product, site or topic words', () => {
    const topic: Record<Locale, RegExp> = {
      en: /unhurried|reply|message|chat|pause|whatsapp/i,
      es: /unhurried|respuesta|responder|mensaje|chat|pausa/i,
      fr: /unhurried|réponse|répondre|message|discussion|pause/i,
      de: /unhurried|antwort|nachricht|chat|pause/i,
      pt: /unhurried|resposta|responder|mensagem|conversa|pausa/i,
    };
    for (const l of locales) {
      setLocale(l);
      expect(`${t('reminder.title')} ${t('reminder.message')}`, l).not.toMatch(topic[l]);
    }
  });
});

describe('speaking a language', () => {
  it('follows the browser when the choice is "auto", and the person when they choose', () => {
    expect(matchLocale('pt-BR')).toBe('pt');
    expect(matchLocale('de_AT')).toBe('de');
    expect(matchLocale('ja')).toBe('en');
    expect(matchLocale(undefined)).toBe('en');
    expect(resolveLocale('auto', 'fr-CA')).toBe('fr');
    expect(resolveLocale('es', 'fr-CA')).toBe('es');
    expect(setLocale('auto', 'es-MX')).toBe('es');
    expect(getLocale()).toBe('es');
    expect(document.documentElement.lang).toBe('es');
  });

  it('a page loads only the language chosen; until it has arrived, English stands in', async () => {
    vi.resetModules();
    const fresh = await import('../../lib/i18n');
    expect(fresh.setLocale('es', 'en-US')).toBe('en');
    expect(fresh.t('card.title')).toBe('A pause before replying');
    await fresh.loadLocale('es');
    expect(fresh.setLocale('es', 'en-US')).toBe('es');
    expect(fresh.t('card.title')).toBe('Una pausa antes de responder');
    expect(fresh.tn('ins.pauses', 2)).toBe('2 pausas');
  });

  it('answers in the chosen language, with placeholders filled', () => {
    setLocale('de');
    expect(t('card.title')).toBe('Eine Pause vor dem Antworten');
    expect(t('popup.activeOn', { site: 'Signal' })).toBe('Aktiv auf Signal');
    setLocale('fr');
    expect(t('popup.activeOn', { site: 'Signal' })).toBe('Actif sur Signal');
  });

  it('chooses plural forms by each language’s rules', () => {
    setLocale('en');
    expect(tn('ins.pauses', 1)).toBe('1 pause');
    expect(tn('ins.pauses', 0)).toBe('0 pauses');
    setLocale('fr');
    // French counts 0 and 1 as singular.
    expect(tn('ins.pauses', 0)).toBe('0 pause');
    expect(tn('ins.pauses', 2)).toBe('2 pauses');
    setLocale('de');
    expect(tn('refl.found', 1)).toBe('1 Eintrag gefunden.');
    expect(tn('refl.found', 3)).toBe('3 Einträge gefunden.');
  });

  it('splits a message around a placeholder for an element to stand in', () => {
    setLocale('en');
    expect(tAround('opt.hideShortcut', 'keys')).toEqual(['The shortcut now: ', '.']);
  });

  it('names, feelings, nudges and friendly times change with the language', () => {
    const now = new Date(2026, 10, 27, 18, 20).getTime();
    setLocale('es');
    expect(kindNames.breathe).toBe('Respirar');
    expect(feelingLabel('calm')).toBe('Calma');
    expect(feelings.map((f) => f.label)).toContain('Cansancio');
    expect(builtInNudges.find((n) => n.id === 'micro-pace')?.text).toBe('Tú marcas el ritmo de esta conversación.');
    expect(friendlyDue(now + 40 * 60_000, now)).toBe('Dentro de 40 minutos');
    expect(friendlyDue(now - 1, now)).toBe('Cuando te venga bien');
    setLocale('fr');
    // A weekday opening the line is capitalised.
    expect(friendlyDue(new Date(2026, 11, 1, 9).getTime(), now)).toMatch(/^Mardi à /);
    setLocale('en');
    expect(kindNames.breathe).toBe('Breathe');
  });
});

describe('a page following the language setting', () => {
  it('shows in the chosen language at start, and again in the new one when it changes', async () => {
    const { settingsItem, defaultSettings } = await import('../../lib/settings');
    await settingsItem.setValue({ ...defaultSettings, appearance: { ...defaultSettings.appearance, language: 'de' } });
    const shown: string[] = [];
    followLanguage(() => shown.push(t('card.title')));
    await expect.poll(() => shown).toEqual(['Eine Pause vor dem Antworten']);
    await settingsItem.setValue({ ...defaultSettings, appearance: { ...defaultSettings.appearance, language: 'pt' } });
    await expect.poll(() => shown).toEqual(['Eine Pause vor dem Antworten', 'Uma pausa antes de responder']);
    // Another setting changing does not show the page again.
    await settingsItem.setValue({ ...defaultSettings, mode: 'send', appearance: { ...defaultSettings.appearance, language: 'pt' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(shown).toHaveLength(2);
  });
});

describe('words for a failed request', () => {
  it('the background\'s own words when it gave some, the page\'s fallback otherwise (never English plumbing)', () => {
    setLocale('de');
    expect(errorWords(new CodedError('Dieses Element steht nicht mehr auf der Liste.'), t('common.didNotWork'))).toBe('Dieses Element steht nicht mehr auf der Liste.');
    expect(errorWords(new CodedError('No answer from the background', 'no-answer'), t('common.didNotWork'))).toBe('Das hat gerade nicht geklappt.');
    expect(errorWords(new TypeError('x is undefined'), t('common.didNotWork'))).toBe('Das hat gerade nicht geklappt.');
  });
});

describe('every word the product shows goes through the catalogues', () => {
  const ui = [...files(join(ROOT, 'lib/ui'), /\.tsx$/), ...files(join(ROOT, 'entrypoints'), /\.tsx$/)];
  /** English left in a component: JSX text, or a literal title / placeholder / aria-label / alt. */
  const literalText = (source: string): string[] => [
    ...[...source.matchAll(/(?<![=-])>([^<>{}]*)</g)]
      .map((m) => m[1]!.trim())
      .filter((x) => /\p{L}{2,}/u.test(x) && !/[;(){}=]/.test(x)),
    ...[...source.matchAll(/\b(?:title|placeholder|aria-label|alt)="([^"]*\p{L}{2,}[^"]*)"/gu)]
      .map((m) => m[1]!)
      // An example address is not a word.
      .filter((x) => !/^[a-z0-9.-]+\.example$/.test(x)),
  ];

  it('finds no literal words in the pages and the card', () => {
    const found = ui.flatMap((f) => literalText(readFileSync(f, 'utf8')).map((x) => `${f.slice(ROOT.length)}: ${x}`));
    expect(found).toEqual([]);
  });

  it('the check itself finds words left in a component', () => {
    expect(literalText('<p class="hint">Saved only here.</p>')).toEqual(['Saved only here.']);
    expect(literalText('<button title="Hide at once">{t(\'common.hide\')}</button>')).toEqual(['Hide at once']);
    expect(literalText('<input placeholder="social.example" />')).toEqual([]);
    expect(literalText('const f = (x: number) => Promise<void>;')).toEqual([]);
  });

  it('uses every message (no stale words wait in the catalogues)', () => {
    const sources = [...files(join(ROOT, 'lib'), /\.tsx?$/), ...files(join(ROOT, 'entrypoints'), /\.tsx?$/)]
      .filter((f) => !f.includes(`${join('lib', 'i18n', 'locales')}`))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Keys built at run time from an id.
    const dynamic = /^(nudge|feeling|kind|choice|later|popup\.tab|opt\.sec|opt\.pattern|opt\.mode|opt\.theme|breath)\./;
    const unused = Object.keys(en).filter((k) => !dynamic.test(k) && !sources.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });
});
