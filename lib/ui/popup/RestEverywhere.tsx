import { useEffect, useRef, useState } from 'preact/hooks';
import { intlLocale, t } from '../../i18n';
import { EVERYWHERE } from '../../settings-model';
import { isResting, snoozeUntil, type SnoozeChoice } from '../../trigger/snooze';
import type { HeaderStores } from './SiteHeader';
import { useWords } from './words';

interface Props {
  snoozes: HeaderStores['snoozes'];
  /** "Unhurried", or the neutral name in discreet mode. */
  name: string;
  now?: () => number;
}

const choices: Array<{ id: SnoozeChoice; key: 'card.forHour' | 'card.forToday' | 'popup.rest.untilOn' }> = [
  { id: 'hour', key: 'card.forHour' },
  { id: 'today', key: 'card.forToday' },
  { id: 'never', key: 'popup.rest.untilOn' },
];

/**
 * "Rest everywhere": no pause on any site for an hour, for today (until the next 05:00) or until turned back on,
 * undone in one action. Kept with the snoozes (the reserved key "*"), which the content script reads at once.
 * Works while the journal is locked: it is a setting, not the journal.
 */
export function RestEverywhere({ snoozes, name, now = Date.now }: Props) {
  const { w } = useWords();
  const [until, setUntil] = useState<number | 'never' | undefined | null>(null);
  const [said, setSaid] = useState('');
  // After a choice, focus moves to what took the pressed button's place (Pause again, or the first choice).
  const moved = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void snoozes.load().then(
      (all) => setUntil(all[EVERYWHERE]),
      () => setUntil(undefined),
    );
  }, []);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [until]);

  if (until === null) return null;

  const sentence = (value: number | 'never' | undefined) =>
    value === 'never'
      ? w('popup.rest.on', { name })
      : w('popup.rest.until', { name, time: new Date(value ?? 0).toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' }) });

  const choose = async (choice: SnoozeChoice | 'resume') => {
    // Read afresh before writing: the site's own snooze may have changed meanwhile (the header, a card).
    const all = { ...(await snoozes.load()) };
    if (choice === 'resume') delete all[EVERYWHERE];
    else all[EVERYWHERE] = snoozeUntil(choice, now());
    await snoozes.save(all);
    moved.current = true;
    setUntil(all[EVERYWHERE]);
    setSaid(choice === 'resume' ? w('popup.rest.back') : '');
  };

  const resting = isResting(until, now());
  return (
    <div class="rest-everywhere" ref={box}>
      <p class="rest-line">
        {/* One live region for both states, so a change is heard: where things stand, or that pauses are back. */}
        <span role="status">{resting ? sentence(until) : <span class="sr-only">{said}</span>}</span>
        {resting ? (
          <>
            {' '}
            <button type="button" class="quiet" onClick={() => void choose('resume')}>
              {w('popup.rest.resume')}
            </button>
          </>
        ) : (
          <span class="rest-choices" role="group" aria-labelledby="rest-everywhere-label">
            <span id="rest-everywhere-label">{w('popup.rest.colon')}</span>
            {choices.map((c) => (
              <button key={c.id} type="button" class="quiet" onClick={() => void choose(c.id)}>
                {t(c.key)}
              </button>
            ))}
          </span>
        )}
      </p>
    </div>
  );
}
