import { useEffect, useRef } from 'preact/hooks';

/** Three lone Shift taps within this many milliseconds hide the card. */
const QUICK_HIDE_MS = 1500;

/** What a key on the keyboard means for the card. */
export interface CardKeys {
  /** A key went down: true when it is Escape (close like "Not now"). */
  down(key: string, repeat: boolean): boolean;
  /** A key came up at `at` (ms): true when it completes the quick hide. */
  up(key: string, at: number): boolean;
}

/**
 * Quick hide: Shift tapped on its own three times within a second and a half. A tap counts when
 * Shift is released with no other key pressed meanwhile, so Shift+Tab and capitals never count.
 */
export function cardKeys(): CardKeys {
  const taps: number[] = [];
  let alone = false;
  return {
    down(key, repeat) {
      if (key === 'Shift') {
        if (!repeat) alone = true;
        return false;
      }
      alone = false;
      taps.length = 0;
      return key === 'Escape';
    },
    up(key, at) {
      if (key !== 'Shift' || !alone) return false;
      alone = false;
      taps.push(at);
      while (taps.length && at - taps[0]! > QUICK_HIDE_MS) taps.shift();
      if (taps.length < 3) return false;
      taps.length = 0;
      return true;
    },
  };
}

/** Escape and the quick hide, anywhere in the frame, while `open()` says the card is showing. */
export function useCardKeys(open: () => boolean, onEscape: () => void, onHide: () => void): void {
  const latest = useRef({ open, onEscape, onHide });
  latest.current = { open, onEscape, onHide };
  useEffect(() => {
    // Registered once, so an Escape pressed the instant the card appears is never lost.
    const keys = cardKeys();
    const onKeyDown = (e: KeyboardEvent) => {
      if (!latest.current.open() || !keys.down(e.key, e.repeat)) return;
      e.preventDefault();
      latest.current.onEscape();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (latest.current.open() && keys.up(e.key, performance.now())) latest.current.onHide();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
