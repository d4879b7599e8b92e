import { getLocale, t, tAround } from '../../../i18n';
import { helplineDirectory, helplinesFor, regionName } from '../helplines';

/**
 * Options → If you need support: that Unhurried is not crisis support, where help from people is (the local
 * emergency number, long-established helplines, a directory for elsewhere), and how looking for help can leave a
 * trace in the browser and how to avoid or clear it. Plain text only: no links, nothing loads from anywhere.
 */
export function SupportSection() {
  const locale = getLocale();
  return (
    <>
      <p>{t('support.notCrisis')}</p>
      <p class="callout">{t('support.emergency')}</p>
      <h3>{t('support.helplinesHeading')}</h3>
      <p>{t('support.helplines')}</p>
      <ul class="helplines">
        {helplinesFor(locale).map((h) => {
          // The service's own name is in its own language (read aloud as such); the rest in the person's.
          // A number is never broken across lines.
          const [before, after] = tAround('support.line', 'name', { region: regionName(h.region, locale), number: '\u0001' });
          const [between = '', end = ''] = after.split('\u0001');
          return (
            <li key={h.region}>
              {before}
              <span lang={h.lang}>{h.name}</span>
              {between}
              <span class="number">{h.number}</span>
              {end}
            </li>
          );
        })}
      </ul>
      <p>{t('support.elsewhere', { site: helplineDirectory })}</p>
      <h3>{t('support.traceHeading')}</h3>
      <ul class="plain-list">
        <li>{t('support.trace')}</li>
        <li>{t('support.private')}</li>
        <li>{t('support.clear')}</li>
        <li>{t('support.quiet')}</li>
        <li>{t('support.phone')}</li>
      </ul>
    </>
  );
}
