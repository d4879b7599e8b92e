import { t } from '../../i18n';
import { useEffect, useState } from 'preact/hooks';
import type { LaterItem } from '../../model';
import { dueAt, type LaterChoice } from '../../later/due';
import { friendlyDue } from '../../later/friendly';
import { siteName } from '../shared/site-name';
import type { BackgroundCaller } from '../../protocol/to-background';
import { LabelEditor } from './LabelEditor';
import { useWords } from './words';

const timeChoices: LaterChoice[] = ['hour', 'evening', 'morning', 'none'];

interface Props {
  api: BackgroundCaller;
  openUrl: (url: string) => void;
  now?: () => number;
}

/** An item's name for buttons and messages: its site, and its label when it has one (two on one site differ). */
const nameOf = (item: LaterItem): string =>
  item.label ? t('popup.label.named', { site: siteName(item.site), label: item.label }) : siteName(item.site);

/** The conversations set aside for later: calm, never "late", each one a click from done, each with an own label. */
export function LaterList({ api, openUrl, now = Date.now }: Props) {
  const { w } = useWords();
  const [items, setItems] = useState<LaterItem[] | null>(null);
  const [status, setStatus] = useState('');
  const [changing, setChanging] = useState<string | null>(null);
  const [labelling, setLabelling] = useState<string | null>(null);

  async function saveLabel(item: LaterItem, label: string) {
    const { item: next } = await api('later.label', { id: item.id, label });
    setItems((all) => (all ?? []).map((x) => (x.id === item.id ? next : x)));
    setStatus(t(label ? 'popup.label.saved' : 'popup.label.removed'));
  }
  const closeLabel = (id: string) => {
    setLabelling(null);
    // Back to the button that opened the field (after the re-render that brings it back).
    setTimeout(() => document.getElementById(`label-btn-${id}`)?.focus(), 0);
  };
  useEffect(() => {
    if (changing) document.querySelector<HTMLButtonElement>(`#times-${CSS.escape(changing)} button`)?.focus();
  }, [changing]);

  async function reschedule(item: LaterItem, choice: LaterChoice, site: string) {
    const { item: moved } = await api('later.reschedule', { id: item.id, dueAt: dueAt(choice, now()) });
    setItems((all) =>
      (all ?? []).map((x) => (x.id === item.id ? moved : x)).sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity)),
    );
    setChanging(null);
    setStatus(t('laterList.moved', { site, when: friendlyDue(moved.dueAt, now()) }));
    document.getElementById(`change-${item.id}`)?.focus();
  }

  useEffect(() => {
    api('later.list', null)
      .then((r) => setItems(r.items))
      .catch(() => setItems([]));
  }, []);

  if (items === null) return <p class="hint">{t('common.opening')}</p>;
  return (
    <>
      {items.length === 0 ? (
        <p class="empty">{w('laterList.empty')}</p>
      ) : (
        <ul role="list" class="later-list">
          {items.map((item) => {
            const site = nameOf(item);
            return (
              <li role="listitem" key={item.id} class="later-item">
                <p class="later-site">{siteName(item.site)}</p>
                {item.label && <p class="later-label">{item.label}</p>}
                <p class="meta">{friendlyDue(item.dueAt, now())}</p>
                <div class="actions">
                  <button type="button" onClick={() => openUrl(item.url)} aria-label={t('laterList.openSite', { site })}>
                    {t('laterList.open')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('laterList.doneSite', { site })}
                    onClick={() =>
                      void api('later.done', { id: item.id }).then(() => {
                        setItems((all) => (all ?? []).filter((x) => x.id !== item.id));
                        setStatus(t('laterList.marked', { site }));
                      })
                    }
                  >
                    {t('laterList.done')}
                  </button>
                  <button
                    type="button"
                    id={`change-${item.id}`}
                    aria-expanded={changing === item.id}
                    aria-controls={`times-${item.id}`}
                    aria-label={t('laterList.changeSite', { site })}
                    onClick={() => setChanging((c) => (c === item.id ? null : item.id))}
                  >
                    {t('laterList.change')}
                  </button>
                  <button
                    type="button"
                    id={`label-btn-${item.id}`}
                    aria-expanded={labelling === item.id}
                    aria-label={t(item.label ? 'popup.label.editFor' : 'popup.label.addFor', { site })}
                    onClick={() => setLabelling((c) => (c === item.id ? null : item.id))}
                  >
                    {t(item.label ? 'popup.label.edit' : 'popup.label.add')}
                  </button>
                </div>
                {labelling === item.id && (
                  <LabelEditor id={item.id} initial={item.label ?? ''} save={(label) => saveLabel(item, label)} close={() => closeLabel(item.id)} />
                )}
                {changing === item.id && (
                  <div
                    id={`times-${item.id}`}
                    role="group"
                    aria-label={t('laterList.newTime', { site })}
                    class="time-choices"
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') {
                        e.stopPropagation();
                        setChanging(null);
                        document.getElementById(`change-${item.id}`)?.focus();
                      }
                    }}
                  >
                    {timeChoices.map((c) => (
                      <button key={c} type="button" class="chip" onClick={() => void reschedule(item, c, site)}>
                        {t(`later.${c}`)}
                      </button>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p class="sr-only" role="status">
        {status}
      </p>
    </>
  );
}
