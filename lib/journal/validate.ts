import * as v from 'valibot';
import type { CustomNudge, LaterItem, Reflection } from '../model';
import { customNudge, id, laterItem, reflection } from '../model/schemas';
import { t } from '../i18n';
import { keptSites, languageSettings, type Settings } from '../settings-model';
import { builtInSiteIds } from '../sites/groups';

/**
 * The export file's format and its check: the domain's schemas (lib/model/schemas) plus the settings as a file
 * carries them, the file's envelope, and the encrypted envelope.
 */

const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, () => t('import.expectedTime')));

/** The settings, as an export carries them (before the sites were chosen, files listed the sites turned off). */
const settingsFields = v.strictObject({
  mode: v.picklist(['start', 'send', 'both']),
  cooldownMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)),
  quietHours: v.strictObject({ enabled: v.boolean(), from: clock, to: clock }),
  onlyMarked: v.boolean(),
  enabledSites: v.optional(v.pipe(v.array(id), v.maxLength(200))),
  disabledSites: v.optional(v.pipe(v.array(id), v.maxLength(100))),
  sendKeys: v.record(id, v.picklist(['enter', 'mod-enter'])),
  customSites: v.pipe(
    v.array(v.strictObject({ origin: v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i)) })),
    v.maxLength(100),
  ),
  breathing: v.strictObject({
    // 'off': no breathing guide on the card.
    pattern: v.picklist(['even', 'box', 'long-out', '4-7-8', 'off']),
    breaths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    animate: v.boolean(),
  }),
  disabledKinds: v.pipe(v.array(id), v.maxLength(50)),
  disabledNudges: v.optional(v.pipe(v.array(id), v.maxLength(2_000))),
  reminders: v.strictObject({
    notifications: v.boolean(),
    defaultChoice: v.optional(v.picklist(['hour', 'evening', 'morning', 'none'])),
  }),
  appearance: v.strictObject({
    theme: v.picklist(['system', 'light', 'dark']),
    textSize: v.optional(v.picklist(['normal', 'large', 'larger'])),
    language: v.optional(v.picklist(languageSettings)),
  }),
  privacy: v.optional(
    v.strictObject({
      discreet: v.boolean(),
      lockAfterMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60))),
    }),
  ),
});

/**
 * The settings of a file, in today's shape: a file from before the sites were chosen (disabledSites) keeps the sites
 * it had on, as the settings' own migration does (lib/settings-model.ts `keptSites`).
 */
export const settings = v.pipe(
  settingsFields,
  v.transform(({ disabledSites, enabledSites, ...rest }) => ({
    ...rest,
    enabledSites: enabledSites ?? keptSites(disabledSites ?? [], rest.customSites, builtInSiteIds),
  })),
);

/** Settings as a file carries them (older files may lack newer fields). */
export type SettingsInFile = v.InferOutput<typeof settings>;

/** The export file's name for itself, and the versions this build reads. */
export const EXPORT_FORMAT = 'unhurried-journal';
export const EXPORT_VERSION = 1;
/** Files larger than this are refused before parsing (about 30,000 long reflections). */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;

const exportFile = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.optional(v.string()),
  reflections: v.pipe(v.array(reflection), v.maxLength(200_000)),
  later: v.pipe(v.array(laterItem), v.maxLength(50_000)),
  nudges: v.optional(v.pipe(v.array(customNudge), v.maxLength(1_000))),
  settings: v.optional(settings),
});

/** A file that passed every check. */
export interface ImportFile {
  reflections: Reflection[];
  later: LaterItem[];
  nudges: CustomNudge[];
  settings?: Settings;
}

/** The outcome of reading a file: the whole file, or one specific reason it was refused. */
export type ImportCheck = { ok: true; file: ImportFile } | { ok: false; reason: string };

function describePath(path: v.IssuePathItem[] | undefined): string {
  if (!path?.length) return '';
  return path.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('').replace(/^\./, '');
}

/**
 * A refused field in words: our own messages as they are (already in the person's language), valibot's
 * generic ones as "an unexpected value (expected … , received …)", so no English sentence leaks into another language.
 */
export function issueWords(issue: { message: string; expected: string | null; received: string }): string {
  const ours = [t('import.expectedAddress'), t('import.expectedTime'), t('bg.nudgeEmpty')];
  if (ours.includes(issue.message)) return issue.message;
  return t('import.unexpected', { detail: issue.expected ? `${issue.expected} ≠ ${issue.received}` : issue.received });
}

/**
 * Reads an export file's text and checks all of it before anything is
 * written: its size, that it is JSON, that it is ours, the version, and every
 * field (the first bad one is named by its path, like "reflections[3].note").
 * Ids must be unique within the file.
 */
export function checkImport(textIn: string): ImportCheck {
  if (textIn.length > IMPORT_MAX_BYTES) {
    return { ok: false, reason: t('import.tooLarge', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }) };
  }
  let data: unknown;
  try {
    data = JSON.parse(textIn);
  } catch {
    return { ok: false, reason: t('import.notJson') };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, reason: t('import.notOurs') };
  }
  const version = (data as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) {
    return {
      ok: false,
      reason:
        typeof version === 'number' && version > EXPORT_VERSION
          ? t('import.newer', { version })
          : t('import.unknownVersion', { version: String(version) }),
    };
  }
  const parsed = v.safeParse(exportFile, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = describePath(issue.path);
    const detail = issueWords(issue);
    return { ok: false, reason: where ? t('import.badField', { where, detail }) : t('import.badFile', { detail }) };
  }
  const out = parsed.output;
  for (const [name, list] of [
    ['reflections', out.reflections],
    ['later', out.later],
    ['nudges', out.nudges ?? []],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, item] of list.entries()) {
      if (seen.has(item.id)) return { ok: false, reason: t('import.twice', { where: `${name}[${i}]` }) };
      seen.add(item.id);
    }
  }
  return { ok: true, file: { ...out, nudges: out.nudges ?? [] } as ImportFile };
}

/** An export encrypted with a passphrase: `{ format, version, kdf, iv, ct }`. */
export const ENCRYPTED_FORMAT = 'unhurried-journal-encrypted';
/** The error code the background answers with when an import needs the file's passphrase. */
export const NEEDS_PASSPHRASE = 'needs-passphrase';

const encryptedFile = v.strictObject({
  format: v.literal(ENCRYPTED_FORMAT),
  version: v.literal(1),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000)),
    salt: v.pipe(v.string(), v.maxLength(100)),
  }),
  iv: v.pipe(v.string(), v.maxLength(100)),
  ct: v.pipe(v.string(), v.maxLength(IMPORT_MAX_BYTES * 2)),
});

/** The parts of an encrypted export, or null when the text is not one (a plain export, or not JSON). */
export function readEncryptedFile(text: string): v.InferOutput<typeof encryptedFile> | null {
  if (!text.includes(ENCRYPTED_FORMAT)) return null;
  try {
    const parsed = v.safeParse(encryptedFile, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}
