/**
 * One-way, salted hash of a conversation key. Synchronous so the content script
 * can decide within the keystroke; the raw key (a chat id or title) is never kept.
 * cyrb53-style mixing: not cryptographic, but the key never leaves the device and
 * the salt is per install, so the stored value cannot be looked up in a table.
 */
export function hashConversation(siteId: string, key: string, salt: string): string {
  const text = `${salt}\u0000${siteId}\u0000${key}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
