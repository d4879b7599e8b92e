import type { SendKey } from '../sites/site-adapter';

/** The subset of KeyboardEvent the key rules read (so they are testable without a DOM). */
export type KeyLike = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'keyCode'
>;

/** True while an input method is composing: such keys are never held back. */
export function isComposing(e: KeyLike): boolean {
  return e.isComposing || e.keyCode === 229;
}

/**
 * True when the key would start typing a reply: a printable character without
 * Ctrl/Cmd (AltGr characters count), Enter is a send or newline and never starts a reply.
 */
export function isReplyStartKey(e: KeyLike): boolean {
  if (isComposing(e)) return false;
  if (e.ctrlKey && !e.altKey) return false;
  if (e.metaKey) return false;
  return [...e.key].length === 1;
}

/** True when the key sends a message on a site with this send key. */
export function isSendKey(e: KeyLike, sendKey: SendKey): boolean {
  if (e.key !== 'Enter' || isComposing(e) || e.shiftKey || e.altKey) return false;
  const mod = e.ctrlKey || e.metaKey;
  return sendKey === 'enter' ? !mod : mod;
}
