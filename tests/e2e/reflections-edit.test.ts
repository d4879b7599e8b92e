import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../harness/browser';
import { startReply } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('reflections in the popup', () => {
  it('can be edited, and deleted with Undo; the change is kept by the background', async () => {
    // A real check-in through the card.
    const chat = await h.openSite('whatsapp');
    const frame = await startReply(chat);
    await frame.getByRole('button', { name: 'Check in' }).click();
    await frame.getByRole('button', { name: 'Tense' }).click();
    await frame.getByLabel('Note').fill('first words');
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByText('Kept on this device').waitFor();
    await chat.close();

    let popup = await h.openPopup();
    const item = () => popup.getByRole('tabpanel', { name: 'Reflections' }).getByRole('listitem').first();
    await item().getByText('first words').waitFor();
    await item().getByRole('button', { name: 'Edit' }).click();
    await item().getByLabel('Note').fill('kinder words');
    await item().getByRole('button', { name: 'Calm' }).click();
    await item().getByRole('button', { name: 'Tense' }).click();
    await item().getByRole('button', { name: 'Save' }).click();
    await item().getByText('kinder words').waitFor();
    await popup.reload();
    await item().getByText('kinder words').waitFor();
    await expect(item().textContent()).resolves.toContain('Calm');
    expect(await item().textContent()).not.toContain('Tense');

    await item().getByRole('button', { name: 'Delete' }).click();
    await popup.getByText('Reflection deleted.').waitFor();
    await expect(popup.getByText('kinder words').count()).resolves.toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await item().getByText('kinder words').waitFor();
    await popup.reload();
    await item().getByText('kinder words').waitFor();

    await item().getByRole('button', { name: 'Delete' }).click();
    await popup.getByText('Reflection deleted.').waitFor();
    await popup.close();
    popup = await h.openPopup();
    await popup.getByText('Nothing here yet.').waitFor();
    await popup.close();
  });
});
