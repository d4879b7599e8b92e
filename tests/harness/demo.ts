/**
 * `npm run demo`: the production build on the bundled WhatsApp replica.
 * With a display: a visible Chromium stays open for you to try it.
 * Without one (or with --headless, or in CI): a scripted walk-through that saves
 * screenshots to demo-output/ and prints where they are.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clickComposer, findChromium, launch, pauseFrame } from './browser';

const OUT = resolve(import.meta.dirname, '../../demo-output');

async function main(): Promise<number> {
  if (!findChromium()) {
    console.error(
      'Chromium was not found, so the demo cannot start.\n' +
        'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
    return 1;
  }
  const wantsHeadless = process.argv.includes('--headless') || !!process.env['CI'];
  const hasDisplay = !!(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
  const headless = wantsHeadless || !hasDisplay;

  // First contact as a person meets it: the welcome page opens by itself, with no site chosen yet.
  const h = await launch({ headless, sites: 'none' });

  if (!headless) {
    await h.openSite('whatsapp');
    await h.welcomePage()?.bringToFront();
    console.log(
      [
        'Unhurried is loaded in the Chromium window, beside a replica of WhatsApp Web (nothing is sent anywhere).',
        'Its welcome page asks where a pause is welcome: tick WhatsApp Web and press "Start with these sites".',
        'Then, in the WhatsApp Web tab, click the message box at the bottom and start typing a reply: the Pause card appears.',
        'The toolbar puzzle icon → Unhurried opens the popup with your reflections.',
        'Close the browser window to end the demo.',
      ].join('\n'),
    );
    await new Promise<void>((done) => h.context.on('close', () => done()));
    return 0;
  }

  mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  const shot = async (p: typeof page, name: string) => {
    const path = join(OUT, name);
    await p.screenshot({ path });
    shots.push(path);
  };

  console.log('No display found: running the scripted walk-through (headless).');
  const welcome = h.welcomePage()!;
  await welcome.setViewportSize({ width: 900, height: 1000 });
  await shot(welcome, '0-welcome.png');
  // Every site, chosen on the welcome page as a person would.
  await h.chooseSites('all');
  const page = await h.openSite('whatsapp');
  await clickComposer(page);
  await page.keyboard.press('H');
  const frame = await pauseFrame(page);
  await frame.getByRole('dialog', { name: 'Pause before replying' }).waitFor();
  await page.waitForTimeout(400); // let the gentle fade-in finish
  await shot(page, '1-pause-card.png');

  await frame.getByRole('button', { name: 'Check in' }).click();
  await frame.getByRole('button', { name: 'Tense' }).click();
  await frame.getByRole('button', { name: 'Tired' }).click();
  await frame.getByRole('radio', { name: '3' }).check();
  await frame.getByLabel('Note').click();
  await page.keyboard.type('I want to answer right away, and I do not have to.');
  await shot(page, '2-check-in.png');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByText('Kept on this device').waitFor();
  await shot(page, '3-saved.png');
  await frame.getByRole('button', { name: "I'm ready to reply" }).click();
  await page.keyboard.type('Hi! I saw your message and will reply properly this evening.');
  await shot(page, '4-back-in-the-chat.png');

  // As from the toolbar: the chat stays the active tab, so the popup's header speaks about it.
  await page.bringToFront();
  const popup = await h.openPopupWindow();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.getByRole('listitem').first().waitFor();
  await shot(popup, '5-popup.png');
  await h.close();

  console.log('The walk-through worked. Screenshots:');
  for (const s of shots) console.log(`  ${s}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('The demo stopped:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
