import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPauseLayer } from '../../lib/content/start';
import { adapterFor, allMatches } from '../../lib/sites/registry';

// Wiring only: the built-in sites. (Sites the person adds run entrypoints/custom.content.)
export default defineContentScript({
  matches: allMatches(),
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(location.href);
    if (adapter) startPauseLayer(ctx, adapter);
  },
});
