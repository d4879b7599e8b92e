import { browserLanguage, languageNames, locales, matchLocale, t } from '../../../i18n';
import type { LanguageSetting, TextSize } from '../../../settings-model';
import type { SettingsProps } from './props';

/** Options → Appearance and language: light or dark colours, text size, the extension's language. */
export function AppearanceSection({ s, update }: SettingsProps) {
  return (
    <>
      <fieldset>
        <legend>{t('opt.colours')}</legend>
        {(['system', 'light', 'dark'] as const).map((value) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name="theme"
              value={value}
              checked={s.appearance.theme === value}
              onChange={() => update({ ...s, appearance: { ...s.appearance, theme: value } })}
            />
            <span>{t(`opt.theme.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <label class="row">
        <span>{t('opt.textSize')}</span>
        <select
          value={s.appearance.textSize}
          onChange={(e) => update({ ...s, appearance: { ...s.appearance, textSize: e.currentTarget.value as TextSize } })}
        >
          <option value="normal">{t('opt.size.normal')}</option>
          <option value="large">{t('opt.size.large')}</option>
          <option value="larger">{t('opt.size.larger')}</option>
        </select>
      </label>
      <p class="hint">{t('opt.sizeHint')}</p>
      <label class="row">
        <span>{t('opt.language')}</span>
        <select
          value={s.appearance.language}
          onChange={(e) => update({ ...s, appearance: { ...s.appearance, language: e.currentTarget.value as LanguageSetting } })}
        >
          <option value="auto">{t('opt.languageAuto', { language: languageNames[matchLocale(browserLanguage())] })}</option>
          {locales.map((l) => (
            // Each language by its own name, marked as that language for screen readers.
            <option key={l} value={l} lang={l}>
              {languageNames[l]}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('opt.languageHint')}</p>
    </>
  );
}
