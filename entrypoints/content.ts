import { highlightElement } from '../lib/highlight.ts';
import { type ContentMessages, listen } from '../lib/messages.ts';
import { scanDocument } from '../lib/scan/scan-page.ts';

declare global {
  interface Window {
    __nhsSiteAuditListening?: boolean;
  }
}

// Injected on demand into the tab the auditor asked about (activeTab + scripting), never by
// match patterns; injected again on every scan, so it listens only once per page.
export default defineContentScript({
  registration: 'runtime',
  main() {
    if (window.__nhsSiteAuditListening) return;
    window.__nhsSiteAuditListening = true;
    listen<ContentMessages>({
      'scan-page': async ({ custom }) => scanDocument(document, location.href, custom),
      highlight: async ({ selector }) => highlightElement(document, selector),
    });
  },
});
