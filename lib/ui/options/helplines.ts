import type { Locale } from '../../i18n';

/** A long-established national helpline for abuse in relationships: its own name and number, never translated. */
export interface Helpline {
  /** ISO 3166 region code; its name is shown in the person's language (Intl.DisplayNames). */
  region: string;
  /** The language its callers mostly speak, to list it first for people reading in that language. */
  lang: Locale;
  name: string;
  number: string;
}

/**
 * Only services that have run for years, with numbers anyone can check on the service's own and government pages;
 * all free, confidential and open day and night. Shown as plain text: nothing here is a link, nothing loads.
 */
export const helplines: readonly Helpline[] = [
  { region: 'GB', lang: 'en', name: 'National Domestic Abuse Helpline (Refuge)', number: '0808 2000 247' },
  { region: 'US', lang: 'en', name: 'National Domestic Violence Hotline', number: '1-800-799-7233' },
  { region: 'AU', lang: 'en', name: '1800RESPECT', number: '1800 737 732' },
  { region: 'ES', lang: 'es', name: 'Servicio 016', number: '016' },
  { region: 'FR', lang: 'fr', name: 'Violences Femmes Info', number: '3919' },
  { region: 'DE', lang: 'de', name: 'Hilfetelefon Gewalt gegen Frauen', number: '116 016' },
  { region: 'BR', lang: 'pt', name: 'Central de Atendimento à Mulher (Ligue 180)', number: '180' },
];

/** A directory of helplines for every other country (written out as text, not a link). */
export const helplineDirectory = 'findahelpline.com';

/** The helplines in the order a person reading in `locale` finds most useful: their language's first, then the rest. */
export function helplinesFor(locale: Locale): Helpline[] {
  return [...helplines.filter((h) => h.lang === locale), ...helplines.filter((h) => h.lang !== locale)];
}

/** A region's name in the language in use ("Vereinigtes Königreich"), or its code where the browser cannot say. */
export function regionName(region: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}
