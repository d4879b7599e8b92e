import { t } from '../../i18n';
import { feelings } from '../../feelings';
import { CHOICES } from '../../model';
import { siteName } from '../shared/site-name';
import { useWords } from './words';

/** The filters' values, as the date inputs and selects hold them ('' = any). */
export interface FilterValues {
  feeling: string;
  site: string;
  choice: string;
  from: string;
  to: string;
}

interface Props {
  open: boolean;
  values: FilterValues;
  set: { [K in keyof FilterValues]: (value: string) => void };
  /** The sites that have reflections. */
  sites: string[];
  /** Whether any search or filter is in use (Clear is offered only then). */
  filtered: boolean;
  clear: () => void;
}

/** The Reflections tab's filters: feeling, site, choice, from and to dates. */
export function Filters({ open, values, set, sites, filtered, clear }: Props) {
  const { w } = useWords();
  return (
    <div id="filters" class="filters" hidden={!open}>
      <label>
        {t('refl.feeling')}
        <select value={values.feeling} onChange={(e) => set.feeling(e.currentTarget.value)}>
          <option value="">{t('common.any')}</option>
          {feelings.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('refl.site')}
        <select value={values.site} onChange={(e) => set.site(e.currentTarget.value)}>
          <option value="">{t('common.any')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {siteName(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('refl.choice')}
        <select value={values.choice} onChange={(e) => set.choice(e.currentTarget.value)}>
          <option value="">{t('common.any')}</option>
          {CHOICES.map((c) => (
            <option key={c} value={c}>
              {w(`choice.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('refl.from')}
        <input type="date" value={values.from} onInput={(e) => set.from(e.currentTarget.value)} />
      </label>
      <label>
        {t('refl.to')}
        <input type="date" value={values.to} onInput={(e) => set.to(e.currentTarget.value)} />
      </label>
      <button type="button" class="quiet" onClick={clear} disabled={!filtered}>
        {t('refl.clear')}
      </button>
    </div>
  );
}
