import { EVERYWHERE, siteIsOn, type Settings } from '../settings-model';

/** What the policy needs to know at the moment of a keystroke. */
export interface PauseContext {
  now: number;
  siteId: string;
  /** Hashed conversation, or null when the site's conversation cannot be told. */
  conversation: string | null;
  settings: Settings;
  /** Site id → time until which pauses rest ("never" = not on this site). */
  snoozes: Readonly<Record<string, number | 'never'>>;
  /** Hashed conversation (or "site:<id>") → time it was last paused. */
  recent: ReadonlyMap<string, number>;
  /** Hashed conversations the person marked. */
  marks: ReadonlySet<string>;
  /**
   * The card as a reply is sent ("both") when one was shown as the same reply started: the rest between pauses
   * lies between replies, never within one, so it does not hold this card back.
   */
  sameReply?: boolean;
}

/** Why a pause is or is not shown; tests and the popup read the reason. */
export type PauseDecision =
  | { pause: true }
  | { pause: false; reason: 'site-off' | 'snoozed' | 'quiet-hours' | 'cooldown' | 'not-marked' };

/** Minutes since local midnight. */
function minutesOfDay(t: number): number {
  const d = new Date(t);
  return d.getHours() * 60 + d.getMinutes();
}

/** True when `now` falls in the quiet hours "from–to" (local time, may cross midnight). */
export function inQuietHours(now: number, from: string, to: string): boolean {
  const parse = (s: string) => {
    const [h = 0, m = 0] = s.split(':').map(Number);
    return h * 60 + m;
  };
  const a = parse(from);
  const b = parse(to);
  const x = minutesOfDay(now);
  if (a === b) return false;
  return a < b ? x >= a && x < b : x >= a || x < b;
}

/** The key a cooldown is kept under: the conversation, or the whole site when it cannot be told. */
export function cooldownKey(siteId: string, conversation: string | null): string {
  return conversation ?? `site:${siteId}`;
}

/** Decides whether to pause now. Pure: every input is passed in. */
export function decidePause(c: PauseContext): PauseDecision {
  const s = c.settings;
  // Only where the person chose: a site not chosen (yet) never pauses.
  if (!siteIsOn(s, c.siteId)) return { pause: false, reason: 'site-off' };
  const snooze = c.snoozes[c.siteId];
  if (snooze === 'never' || (typeof snooze === 'number' && snooze > c.now)) {
    return { pause: false, reason: 'snoozed' };
  }
  const everywhere = c.snoozes[EVERYWHERE]; // "Rest everywhere", from the popup
  if (everywhere === 'never' || (typeof everywhere === 'number' && everywhere > c.now)) return { pause: false, reason: 'snoozed' };
  if (s.quietHours.enabled && inQuietHours(c.now, s.quietHours.from, s.quietHours.to)) {
    return { pause: false, reason: 'quiet-hours' };
  }
  if (s.onlyMarked && (!c.conversation || !c.marks.has(c.conversation))) {
    return { pause: false, reason: 'not-marked' };
  }
  const last = c.recent.get(cooldownKey(c.siteId, c.conversation));
  if (!c.sameReply && last !== undefined && c.now - last < s.cooldownMinutes * 60_000) {
    return { pause: false, reason: 'cooldown' };
  }
  return { pause: true };
}
