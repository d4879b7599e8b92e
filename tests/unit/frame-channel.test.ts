import { describe, expect, it } from 'vitest';
import { CONNECT } from '../../lib/protocol/frame';
import { connectToHost } from '../../lib/ui/pause/channel';

describe('pause frame channel', () => {
  function offer(token: string, source: MessageEventSource | null) {
    const channel = new MessageChannel();
    window.dispatchEvent(new MessageEvent('message', { data: { kind: CONNECT, token }, source, ports: [channel.port2] }));
    return channel;
  }

  it('accepts only the port offered by its parent with the registered secret', async () => {
    let resolved = false;
    const p = connectToHost(window as unknown as Window, async () => 'secret-token').then((c) => {
      resolved = true;
      return c;
    });
    await new Promise((r) => setTimeout(r, 0));
    offer('wrong-token', window.parent);
    offer('secret-token', null);
    await new Promise((r) => setTimeout(r, 10));
    expect(resolved).toBe(false);
    offer('secret-token', window.parent);
    const c = await p;
    expect(resolved).toBe(true);
    expect(typeof c.send).toBe('function');
  });

  it('accepts nothing when the background has no secret for this tab', async () => {
    let resolved = false;
    void connectToHost(window as unknown as Window, async () => null).then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 0));
    offer('', window.parent);
    await new Promise((r) => setTimeout(r, 10));
    expect(resolved).toBe(false);
  });
});
