import { useEffect, useState } from 'preact/hooks';
import type { LaterItem } from '../../db/schema';
import { friendlyDue } from '../../later/friendly';
import type { BackgroundApi, RequestType } from '../../messaging';
import { adapterById } from '../../sites/registry';

interface Props {
  api: <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;
  openUrl: (url: string) => void;
  now?: () => number;
}

/** The conversations set aside for later: calm, never "late", each one a click from done. */
export function LaterList({ api, openUrl, now = Date.now }: Props) {
  const [items, setItems] = useState<LaterItem[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    api('later.list', null)
      .then((r) => setItems(r.items))
      .catch(() => setItems([]));
  }, []);

  if (items === null) return <p class="hint">Opening…</p>;
  return (
    <>
      {items.length === 0 ? (
        <p class="empty">Nothing is waiting. When you choose “Reply later”, the conversation waits here for you.</p>
      ) : (
        <ul role="list" class="later-list">
          {items.map((item) => {
            const site = adapterById(item.site)?.name ?? new URL(item.url).host;
            return (
              <li role="listitem" key={item.id} class="later-item">
                <p class="later-site">{site}</p>
                <p class="meta">{friendlyDue(item.dueAt, now())}</p>
                <div class="actions">
                  <button type="button" onClick={() => openUrl(item.url)} aria-label={`Open ${site}`}>
                    Open
                  </button>
                  <button
                    type="button"
                    aria-label={`Done with ${site}`}
                    onClick={() =>
                      void api('later.done', { id: item.id }).then(() => {
                        setItems((all) => (all ?? []).filter((x) => x.id !== item.id));
                        setStatus(`Marked done: ${site}.`);
                      })
                    }
                  >
                    Done
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p class="sr-only" role="status">
        {status}
      </p>
    </>
  );
}
