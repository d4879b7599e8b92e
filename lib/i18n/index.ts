/**
 * Unhurried's words in five languages.
 *
 * Why our own catalogues and not browser.i18n: the person can choose a language
 * on the options page that differs from the browser's, and browser.i18n only
 * ever answers in the browser's language. `_locales` (public/_locales) carries
 * only the manifest's name and description, which the browser shows itself.
 *
 * Every context (the card, the popup, the options and practice pages, the
 * background) sets the language from the settings at start and whenever they
 * change (pages through followLanguage in lib/ui/appearance.ts, which loads the
 * language's words first; the background with setLocale); t() then answers in that language. The content script never imports
 * this module (its size budget): the card's frame sends it its one word, the
 * frame's title.
 *
 * Only English is in every bundle (the source, and the fallback for any word);
 * another language is loaded when it is chosen (`loadLocale`), so a pause frame
 * in each chat tab carries two languages, not five. The background, a single
 * instance that may not load code later (a service worker), takes all five at
 * start (lib/i18n/all.ts).
 */
import { en } from './locales/en';

/** The languages Unhurried speaks. */
export const locales = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type Locale = (typeof locales)[number];
/** The person's choice: a language, or the browser's. */
export type LanguageChoice = 'auto' | Locale;

/** Each language's own name for itself (never translated: a person looks for their own language's name). */
export const languageNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português',
};

/** A message with plural forms (CLDR categories; "other" is the fallback). */
export interface Plural {
  one: string;
  other: string;
}
type Source = typeof en;
export type MessageKey = keyof Source;
/** Keys of plain messages and of plural ones. */
export type TextKey = { [K in MessageKey]: Source[K] extends string ? K : never }[MessageKey];
export type PluralKey = Exclude<MessageKey, TextKey>;
/** A complete catalogue: every key of the English one, of the same form. */
export type Catalogue = { [K in MessageKey]: Source[K] extends string ? string : Plural };

/** The languages loaded so far (English always). */
const loaded: Partial<Record<Locale, Catalogue>> = { en };

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  es: () => import('./locales/es').then((m) => m.es),
  fr: () => import('./locales/fr').then((m) => m.fr),
  de: () => import('./locales/de').then((m) => m.de),
  pt: () => import('./locales/pt').then((m) => m.pt),
};

/** Makes catalogues available at once (the background and tests, which hold all five). */
export function provideCatalogues(all: Partial<Record<Locale, Catalogue>>): void {
  Object.assign(loaded, all);
}

/** Loads a language's words, once. */
export async function loadLocale(l: Locale): Promise<void> {
  if (!loaded[l]) loaded[l] = await loaders[l as Exclude<Locale, 'en'>]();
}

let current: Locale = 'en';
let intlTag: string | undefined;

/** The language in use. */
export function getLocale(): Locale {
  return current;
}

/** The tag dates and numbers are formatted with (the browser's own regional variant when it matches). */
export function intlLocale(): string | undefined {
  return intlTag;
}

/** Turns a browser language tag ("pt-BR", "de") into a language Unhurried speaks, English when it speaks none. */
export function matchLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

/** The language for a choice, given the browser's language. */
export function resolveLocale(choice: LanguageChoice | undefined, browserTag: string | undefined): Locale {
  return choice && choice !== 'auto' ? choice : matchLocale(browserTag);
}

/** The browser's UI language where the extension APIs say it, else the page's. */
export function browserLanguage(): string | undefined {
  const g = globalThis as { browser?: { i18n?: { getUILanguage?: () => string } }; chrome?: { i18n?: { getUILanguage?: () => string } }; navigator?: { language?: string } };
  try {
    return g.browser?.i18n?.getUILanguage?.() ?? g.chrome?.i18n?.getUILanguage?.() ?? g.navigator?.language;
  } catch {
    return g.navigator?.language;
  }
}

/** Sets the language from the person's choice, if its words are loaded (English otherwise); returns the one in use. */
export function setLocale(choice: LanguageChoice | undefined, browserTag: string | undefined = browserLanguage()): Locale {
  const wanted = resolveLocale(choice, browserTag);
  // A language not loaded yet (see loadLocale) is spoken in English meanwhile, formats included.
  current = loaded[wanted] ? wanted : 'en';
  // Regional formats (en-GB's 24-hour clock, pt-PT's dates) follow the browser when it speaks the same language.
  intlTag = browserTag && matchLocale(browserTag) === current ? browserTag : current;
  if (typeof document !== 'undefined') document.documentElement.lang = current;
  return current;
}

function fill(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A message in the current language, with its {placeholders} filled. */
export function t(key: TextKey, params?: Record<string, string | number>): string {
  return fill((loaded[current]?.[key] as string | undefined) ?? en[key], params);
}

/**
 * A message split around one placeholder, so an element (a <kbd>, a link) can stand in its place:
 * tAround('opt.hideShortcut', 'keys') → ['The shortcut now: ', '.'].
 */
export function tAround(key: TextKey, placeholder: string, params?: Record<string, string | number>): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = t(key, { ...params, [placeholder]: marker }).split(marker);
  return [before, after];
}

const rules = new Map<string, Intl.PluralRules>();
/** A plural message for a count: "1 pause", "3 pauses", "0 pause" in French. */
export function tn(key: PluralKey, count: number, params?: Record<string, string | number>): string {
  const forms = (loaded[current]?.[key] as Plural | undefined) ?? en[key];
  let r = rules.get(current);
  if (!r) rules.set(current, (r = new Intl.PluralRules(current)));
  const form = r.select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { count: count.toLocaleString(intlTag), ...params });
}

/** A message whose key is built at run time (a nudge's id); undefined when there is no such message. */
export function tDynamic(key: string): string | undefined {
  const text = (loaded[current] as Record<string, unknown> | undefined)?.[key] ?? (en as Record<string, unknown>)[key];
  return typeof text === 'string' ? text : undefined;
}
