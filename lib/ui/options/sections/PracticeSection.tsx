import { t } from '../../../i18n';

/** Options → Practice: a way into the practice chat, in a new tab. */
export function PracticeSection({ practiceUrl }: { practiceUrl: string }) {
  return (
    <>
      <p>{t('opt.practiceText')}</p>
      <a class="button" href={practiceUrl} target="_blank" rel="noopener">
        {t('opt.practiceOpen')}
      </a>
    </>
  );
}
