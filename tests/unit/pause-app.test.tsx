import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { HostToFrame } from '../../lib/protocol/frame';
import { storageFull } from '../../lib/db/faults';
import { CodedError } from '../../lib/protocol/to-background';
import { defaultSettings } from '../../lib/settings-model';
import { PauseApp, type Drafts } from '../../lib/ui/pause/PauseApp';

const tick = () => new Promise((r) => setTimeout(r, 40));
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('the Pause card when saving fails', () => {
  it('never says saved, shows the kind reason, keeps the words, and saves on retry', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    let show: (m: HostToFrame) => void = () => undefined;
    let failing = true;
    const saved: unknown[] = [];
    let drafts: Drafts = {};
    render(
      <PauseApp
        send={() => undefined}
        subscribe={(fn) => (show = fn)}
        api={(async (type: string, payload: unknown) => {
          if (type === 'reflection.add') {
            if (failing) throw new CodedError(storageFull(), 'storage');
            saved.push(payload);
            return { id: 'r1' };
          }
          return null;
        }) as never}
        settings={() => defaultSettings}
        history={{ load: async () => ({ ids: [], kinds: [] }), save: () => undefined }}
        reducedMotion={() => true}
        snooze={async () => undefined}
        drafts={{ load: async () => drafts, save: (d) => (drafts = d) }}
      />,
      root,
    );
    await tick();
    show({ type: 'show', site: 'whatsapp', siteName: 'WhatsApp', conversation: null, url: 'https://web.whatsapp.com/', trigger: 'start' });
    await tick();
    button('Check in').click();
    await tick();
    const noteField = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Note')!;
    const area = document.getElementById(noteField.getAttribute('for')!) as HTMLTextAreaElement;
    area.value = 'words I do not want to lose';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    button('Save').click();
    await tick();
    await tick();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(storageFull());
    expect(document.body.textContent).not.toContain('Kept on this device');
    expect(area.value).toBe('words I do not want to lose');
    expect(drafts.checkIn?.note).toBe('words I do not want to lose');
    expect(saved).toEqual([]);

    failing = false;
    button('Save').click();
    await tick();
    await tick();
    expect(document.body.textContent).toContain('Kept on this device');
    expect(saved).toHaveLength(1);
    expect(drafts.checkIn).toBeUndefined();
    render(null, root);
  });
});

describe('the Pause card while its saved state is still loading', () => {
  it('words typed before the stored drafts arrive are kept when the card opens again', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    let show: (m: HostToFrame) => void = () => undefined;
    let arrive: (d: Drafts) => void = () => undefined;
    render(
      <PauseApp
        send={() => undefined}
        subscribe={(fn) => (show = fn)}
        api={(async () => null) as never}
        settings={() => defaultSettings}
        history={{ load: async () => ({ ids: [], kinds: [] }), save: () => undefined }}
        reducedMotion={() => true}
        snooze={async () => undefined}
        // The background is slow to answer (a worker waking up): the stored drafts arrive late, and empty.
        drafts={{ load: () => new Promise<Drafts>((r) => (arrive = r)), save: () => undefined }}
      />,
      root,
    );
    await tick();
    const open = async () => {
      show({ type: 'show', site: 'whatsapp', siteName: 'WhatsApp', conversation: null, url: 'https://web.whatsapp.com/', trigger: 'start' });
      await tick();
      button('Check in').click();
      await tick();
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Note')!;
      return document.getElementById(label.getAttribute('for')!) as HTMLTextAreaElement;
    };
    const area = await open();
    area.value = 'half a thought';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    arrive({});
    await tick();
    show({ type: 'dismiss' });
    await tick();
    expect((await open()).value).toBe('half a thought');
    render(null, root);
  });
});
