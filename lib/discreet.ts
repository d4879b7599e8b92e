import { t } from './i18n';

/** The product's own name and icons (the manifest's). */
export const PRODUCT_NAME = 'Unhurried';
const productIcons = { 16: '/icons/16.png', 32: '/icons/32.png', 48: '/icons/48.png', 128: '/icons/128.png' };

/** A plain, neutral icon: a grey page with three lines, like any notes app. Drawn, so no file names give it away. */
export function plainIcon(size: number): ImageData {
  const canvas = new OffscreenCanvas(size, size);
  const g = canvas.getContext('2d')!;
  const u = size / 16;
  g.fillStyle = '#6b6b6b';
  g.beginPath();
  g.roundRect(2 * u, 1 * u, 12 * u, 14 * u, 2 * u);
  g.fill();
  g.fillStyle = '#f2f2f2';
  for (const y of [4.5, 7.5, 10.5]) g.fillRect(4.5 * u, y * u, 7 * u, 1.2 * u);
  return g.getImageData(0, 0, size, size);
}

/** The plain icon as a data URL (for notifications, which need an address). */
export async function plainIconUrl(size = 128): Promise<string> {
  const canvas = new OffscreenCanvas(size, size);
  canvas.getContext('2d')!.putImageData(plainIcon(size), 0, 0);
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `data:image/png;base64,${btoa(bin)}`;
}

/** The parts of the action API discreet mode uses. */
export interface ActionLike {
  setTitle(details: { title: string }): Promise<void>;
  setIcon(details: { path: Record<number, string> } | { imageData: Record<number, ImageData> }): Promise<void>;
}

/** Applies discreet mode (or undoes it) to the toolbar button: its name and its icon. */
export async function applyDiscreet(action: ActionLike, discreet: boolean): Promise<void> {
  await action.setTitle({ title: discreet ? t('name.discreet') : PRODUCT_NAME });
  await action.setIcon(discreet ? { imageData: { 16: plainIcon(16), 32: plainIcon(32) } } : { path: productIcons });
}

/** The name a window shows: the neutral one in discreet mode (in the person's language: "Notes", "Notas", "Notizen"). */
export function visibleName(discreet: boolean): string {
  return discreet ? t('name.discreet') : PRODUCT_NAME;
}
