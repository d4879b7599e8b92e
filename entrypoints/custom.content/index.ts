import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPauseLayer } from '../../lib/content/start';
import { SETTINGS_KEY, withDefaults, type Settings } from '../../lib/settings-model';
import { createGenericAdapter } from '../../lib/sites/generic';

// Wiring only: registered at run time (scripting.registerContentScripts) for each site
// the person added, so it carries only the generic adapter.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    void browser.storage.local.get(SETTINGS_KEY).then((v) => {
      const settings = withDefaults(v[SETTINGS_KEY] as Partial<Settings> | null);
      // Still on the person's list (the registration and the list change together).
      if (!ctx.isInvalid && settings.customSites.some((s) => s.origin === location.origin)) {
        startPauseLayer(ctx, createGenericAdapter(location.origin));
      }
    });
  },
});
