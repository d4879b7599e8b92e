import type { BackgroundCaller, RequestType } from '../../protocol/to-background';


/**
 * The background as the card sees it in practice: it may read the person's
 * nudges, but nothing is saved, scheduled or counted. Saving "succeeds" so the
 * card can show its (practice) confirmation.
 */
export function practiceBackground(real: BackgroundCaller): BackgroundCaller {
  return (async (type: RequestType) => {
    if (type === 'nudges.list') return real('nudges.list', null);
    if (type === 'reflection.add' || type === 'later.add') return { id: 'practice' };
    return null;
  }) as BackgroundCaller;
}
