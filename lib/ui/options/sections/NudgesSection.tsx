import { errorWords, type BackgroundCaller } from '../../../protocol/to-background';
import { t } from '../../../i18n';
import { useEffect, useState } from 'preact/hooks';
import { builtInNudges, kindNames } from '../../../nudges/catalogue';
import { NUDGE_KINDS, type AnyNudgeKind, type NudgeWords } from '../../../model';
import { CardPreview, type PreviewRequest } from '../CardPreview';
import { Switch } from '../Switch';
import { Notice, type NoticeMessage } from '../Notice';
import type { SettingsProps } from './props';

interface Props extends SettingsProps {
  api: BackgroundCaller;
  /** The pause page's address (the preview hosts the real card). */
  pauseUrl: string;
}

/** One nudge as the section lists it. */
interface Row {
  id: string;
  kind: AnyNudgeKind;
  text: string;
  builtIn: boolean;
  edited: boolean;
}

/** Switching something that is on adds it to the "off" list; switching it back removes it. */
const toggle = (off: string[], id: string, wasOn: boolean) => (wasOn ? [...off, id] : off.filter((x) => x !== id));

/** Options → Nudges: every nudge by kind, switchable, editable (with Restore); the person's own; a preview. */
export function NudgesSection({ s, update, api, pauseUrl }: Props) {
  const [custom, setCustom] = useState<NudgeWords[] | null>(null);
  const [openKinds, setOpenKinds] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [fresh, setFresh] = useState('');
  const [msg, setMsg] = useState<NoticeMessage>(null);
  const [previewReq, setPreviewReq] = useState<PreviewRequest | null>(null);
  const preview = (nudgeId: string) => setPreviewReq({ nudgeId, n: Date.now() });

  const reload = () =>
    api('nudges.list', null)
      .then((r) => setCustom(r.nudges))
      .catch(() => setMsg({ kind: 'error', text: t('nudges.loadFailed') }));
  useEffect(() => void reload(), []);

  const edits = new Map((custom ?? []).filter((c) => c.builtIn).map((c) => [c.id, c.text]));
  const rows: Row[] = [
    ...builtInNudges.map((b) => ({ id: b.id, kind: b.kind, text: edits.get(b.id) ?? b.text, builtIn: true, edited: edits.has(b.id) })),
    ...(custom ?? []).filter((c) => !c.builtIn).map((c) => ({ id: c.id, kind: 'own' as const, text: c.text, builtIn: false, edited: false })),
  ];
  const kinds: AnyNudgeKind[] = [...NUDGE_KINDS, 'own'];

  async function save(row: Row, text: string) {
    try {
      await api('nudges.save', { id: row.id, builtIn: row.builtIn, text });
      setEditing(null);
      setMsg({ kind: 'ok', text: t('nudges.saved') });
      await reload();
    } catch (err) {
      setMsg({ kind: 'error', text: errorWords(err, t('nudges.saveFailed')) });
    }
  }

  async function remove(row: Row) {
    await api('nudges.delete', { id: row.id });
    setMsg({ kind: 'ok', text: row.builtIn ? t('nudges.restored') : t('nudges.deleted') });
    await reload();
  }

  async function add(e: Event) {
    e.preventDefault();
    try {
      await api('nudges.save', { builtIn: false, text: fresh });
      setFresh('');
      setOpenKinds((k) => (k.includes('own') ? k : [...k, 'own']));
      setMsg({ kind: 'ok', text: t('nudges.added') });
      await reload();
    } catch (err) {
      setMsg({ kind: 'error', text: errorWords(err, t('nudges.addFailed')) });
    }
  }

  return (
    <>
      <p class="hint">{t('nudges.intro')}</p>
      {kinds.map((kind) => {
        const mine = rows.filter((r) => r.kind === kind);
        const kindOn = !s.disabledKinds.includes(kind);
        const on = mine.filter((r) => !s.disabledNudges.includes(r.id)).length;
        const expanded = openKinds.includes(kind);
        const listId = `kind-${kind}`;
        return (
          <div class="kind" key={kind}>
            <div class="kind-line">
              <Switch checked={kindOn} onToggle={() => update({ ...s, disabledKinds: toggle(s.disabledKinds, kind, kindOn) })}>
                {kindNames[kind]}
              </Switch>
              <span class="hint">
                {kind === 'own' && mine.length === 0 ? t('nudges.noneYet') : t('nudges.countOn', { on, total: mine.length })}
              </span>
              <button
                type="button"
                class="quiet"
                aria-expanded={expanded}
                aria-controls={listId}
                onClick={() => setOpenKinds((k) => (expanded ? k.filter((x) => x !== kind) : [...k, kind]))}
              >
                {expanded ? t('common.hide') : t('common.show')} <span class="sr-only">{t('nudges.kindNudges', { kind: kindNames[kind] })}</span>
              </button>
            </div>
            <ul id={listId} class="nudge-list" hidden={!expanded}>
              {mine.map((row) => {
                const rowOn = !s.disabledNudges.includes(row.id);
                const textId = `nudge-text-${row.id}`;
                return (
                  <li key={row.id} class={kindOn ? 'nudge-row' : 'nudge-row off'}>
                    {editing === row.id ? (
                      <form
                        class="nudge-edit"
                        onSubmit={(e) => {
                          e.preventDefault();
                          void save(row, draft);
                        }}
                      >
                        <label for={`edit-${row.id}`}>{t('nudges.yourWordsFor')}</label>
                        <textarea autocomplete="off" id={`edit-${row.id}`} rows={3} value={draft} maxLength={400} onInput={(e) => setDraft(e.currentTarget.value)} />
                        <div class="actions">
                          <button type="submit" class="primary">
                            {t('common.save')}
                          </button>
                          <button type="button" onClick={() => setEditing(null)}>
                            {t('common.cancel')}
                          </button>
                        </div>
                      </form>
                    ) : (
                      <>
                        <Switch
                          checked={rowOn}
                          describedBy={textId}
                          onToggle={() => update({ ...s, disabledNudges: toggle(s.disabledNudges, row.id, rowOn) })}
                        >
                          <span class="sr-only">{t('nudges.use')}</span>
                        </Switch>
                        <p id={textId} class="nudge-text">
                          {row.text}
                          {row.edited && <span class="hint"> {t('nudges.yourWords')}</span>}
                        </p>
                        <div class="row-actions">
                          <button type="button" class="quiet" aria-describedby={textId} onClick={() => preview(row.id)}>
                            {t('nudges.preview')}
                          </button>
                          <button
                            type="button"
                            class="quiet"
                            aria-describedby={textId}
                            onClick={() => {
                              setDraft(row.text);
                              setEditing(row.id);
                            }}
                          >
                            {t('common.edit')}
                          </button>
                          {row.edited && (
                            <button type="button" class="quiet" aria-describedby={textId} onClick={() => void remove(row)}>
                              {t('nudges.restore')}
                            </button>
                          )}
                          {!row.builtIn && (
                            <button type="button" class="quiet" aria-describedby={textId} onClick={() => void remove(row)}>
                              {t('common.delete')}
                            </button>
                          )}
                        </div>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <form class="add-nudge" onSubmit={(e) => void add(e)}>
        <label for="new-nudge">{t('nudges.newLabel')}</label>
        <textarea autocomplete="off"
          id="new-nudge"
          rows={2}
          maxLength={400}
          placeholder={t('nudges.newPlaceholder')}
          value={fresh}
          onInput={(e) => setFresh(e.currentTarget.value)}
        />
        <button type="submit" disabled={!fresh.trim()}>
          {t('nudges.add')}
        </button>
        <p class="hint">{t('nudges.private')}</p>
      </form>
      <Notice msg={msg} />
      <h3>{t('opt.preview')}</h3>
      <CardPreview pauseUrl={pauseUrl} request={previewReq} />
    </>
  );
}
