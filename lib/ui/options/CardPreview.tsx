import { t } from '../../i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { hostPracticeCard, type PracticeCard } from '../shared/practice-card';

/** A request to preview the card: a nudge id (or any), and a counter so asking twice shows it twice. */
export interface PreviewRequest {
  nudgeId?: string;
  n: number;
}

interface Props {
  pauseUrl: string;
  request: PreviewRequest | null;
}

/**
 * The real Pause card, in practice mode, in a box on the options page. It opens
 * only when the person asks (it moves focus, as the card does on a site), and
 * closes like the real one: any choice, or Escape.
 */
export function CardPreview({ pauseUrl, request }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const card = useRef<PracticeCard>();
  const [open, setOpen] = useState(false);
  const last = useRef<PreviewRequest | null>(null);

  useEffect(() => {
    card.current = hostPracticeCard(frame.current!, pauseUrl);
    card.current.onClose(() => {
      setOpen(false);
      document.getElementById('preview-again')?.focus();
    });
  }, []);

  function show(req: PreviewRequest) {
    last.current = req;
    setOpen(true);
    card.current?.show({
      site: 'practice',
      siteName: t('preview.site'),
      conversation: null,
      url: location.href,
      trigger: 'start',
      ...(req.nudgeId ? { nudgeId: req.nudgeId } : {}),
    });
    frame.current?.scrollIntoView({ block: 'nearest' });
    frame.current?.focus();
  }

  useEffect(() => {
    if (request) show(request);
  }, [request?.n]);

  return (
    <div class="preview">
      <iframe ref={frame} class={open ? 'preview-frame open' : 'preview-frame'} title={t('preview.frame')} />
      {!open && (
        <div class="preview-idle">
          <p class="hint">{t('preview.hint')}</p>
          <button type="button" id="preview-again" onClick={() => show({ ...(last.current ?? {}), n: Date.now() })}>
            {last.current ? t('preview.again') : t('preview.show')}
          </button>
        </div>
      )}
    </div>
  );
}
