import { t } from '../../../i18n';

/** Options → About: what Unhurried is and is not (not therapy, not crisis support), and that everything stays here. */
export function AboutSection() {
  return (
    <>
      <p>{t('opt.about')}</p>
      <p class="hint">{t('opt.aboutLocal')}</p>
    </>
  );
}
