import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { provideAllCatalogues } from '../../lib/i18n/all';

// Every language at hand, as in the background (pages load theirs when chosen).
provideAllCatalogues();

beforeEach(() => {
  fakeBrowser.reset();
});
