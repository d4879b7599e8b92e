/**
 * The built-in sites in the two groups people tell apart: personal messengers, and work tools (where a pause could
 * show during a screen share). Every id of the registry is in exactly one group (tests/unit/sites.test.ts). Kept apart
 * from the registry so that settings and pages can name the sites without carrying the adapters.
 */
export const siteGroups: ReadonlyArray<{ id: 'personal' | 'work'; ids: readonly string[] }> = [
  { id: 'personal', ids: ['whatsapp', 'messenger', 'instagram', 'telegram', 'discord', 'x', 'bluesky', 'reddit', 'google-messages'] },
  { id: 'work', ids: ['gmail', 'slack', 'teams', 'linkedin'] },
];

/** Every built-in site's id, personal messengers first. */
export const builtInSiteIds: readonly string[] = /* @__PURE__ */ siteGroups.flatMap((g) => g.ids);

/** The id the person's own site has (the generic adapter's): "custom:" and the site's host. */
export function customSiteId(origin: string): string {
  return `custom:${new URL(origin).host}`;
}
