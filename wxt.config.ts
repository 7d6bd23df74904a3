import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension asks for no host permissions: it scans only the tab the auditor invokes it on
// (activeTab + scripting). Whole-site scans ask for the site's origin at that moment (optional).
const SITES = ['http://*/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // `--mode e2e` builds land in their own folder: tests must never ship.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, manifestVersion }) => ({
    name: 'NHS Site Audit',
    description:
      'Audit the public-engagement features of NHS websites on the spot: scan, confirm, note, export.',
    // Firefox has a sidebar (sidebar_action) and no sidePanel permission.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
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
    // End-to-end tests cannot click the toolbar button that grants activeTab, so their build
    // (and only theirs) may reach the local test server (README, "For developers").
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
  }),
});
