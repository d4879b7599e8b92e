/**
 * All five catalogues, loaded together: for the background (one instance; a service worker may not load code
 * later) and for tests. Pages load only the language in use (lib/i18n/index.ts, loadLocale).
 */
import { provideCatalogues, type Catalogue, type Locale } from './index';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { pt } from './locales/pt';

export const catalogues: Record<Locale, Catalogue> = { en, es, fr, de, pt };

/** Makes every language available at once. */
export function provideAllCatalogues(): void {
  provideCatalogues(catalogues);
}
