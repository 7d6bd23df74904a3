import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension asks for no host permissions: it scans only the tab the auditor invokes it on
// (activeTab + scripting). Whole-site scans ask for the site's origin at that moment (optional).
const SITES = ['http://*/*', 'https://*/*'];
// The manifest's `icons` are public/icon/<size>.png (drawn from assets/icon/icon.svg); the
// toolbar icon is set in entrypoints/popup/index.html.

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive AMO asks for rebuilds the Firefox package (`npm ci && npm run
  // build:firefox`); tests, their fixtures, the demo site and screenshots are not needed for it.
  zip: {
    excludeSources: [
      'tests/**',
      'test-results/**',
      'vitest.*.ts',
      'assets/demo-site/**',
      'assets/screenshots/**',
      '.ci/**',
    ],
  },
  vite: () => ({ plugins: [preact()] }),
  // `--mode e2e` builds land in their own folder: tests must never ship.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser, mode, manifestVersion }) => ({
    name: 'NHS Site Audit',
    // The store's short description (132 characters at most); the long one is in README.md.
    description:
      'Audit the public-engagement features of NHS websites on the spot: scan, confirm, note, export.',
    // Firefox has a sidebar (sidebar_action) and no sidePanel permission.
    permissions: [
      'activeTab',
      'scripting',
      // Everything is in IndexedDB (no storage.* API); this keeps it from being evicted.
      'unlimitedStorage',
      // "Add as evidence for…" on text selected on a page.
      'contextMenus',
      // Chrome's service worker has no DOMParser: a site scan reads pages in an offscreen document.
      ...(manifestVersion === 3 ? ['sidePanel', 'offscreen'] : []),
    ],
    // Manifest v2 (Firefox) lists optional origins among optional permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: SITES }
      : { optional_permissions: SITES }),
    action: { default_title: 'Audit this site' },
    // The side panel needs Chrome 116.
    ...(manifestVersion === 3 ? { minimum_chrome_version: '116' } : {}),
    // Firefox: a fixed add-on id (updates and stored data follow it; never change it), nothing
    // collected. No strict_min_version: below 142 the data-collection key draws lint warnings.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nhs-site-audit@nhs-site-audit.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // End-to-end tests cannot click the toolbar button that grants activeTab, so their build
    // (and only theirs) may reach the local test server (README, "For developers").
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
  }),
});
