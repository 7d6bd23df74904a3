import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension asks for no host permissions: it scans only the tab the auditor invokes it on
// (activeTab + scripting). Whole-site scans ask for the site's origin at that moment (optional).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // `--mode e2e` builds land in their own folder: tests must never ship.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode }) => ({
    name: 'NHS Site Audit',
    description:
      'Audit the public-engagement features of NHS websites on the spot: scan, confirm, note, export.',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'sidePanel'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Audit this site' },
    // End-to-end tests cannot click the toolbar button that grants activeTab, so their build
    // (and only theirs) may reach the local test server. See tests/e2e/README.md.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
  }),
});
