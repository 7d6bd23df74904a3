// The scanner as one script for a page: tests and benchmarks inject it to run it in Chromium.
import { scanDocument } from '../../lib/scan/scan-page.ts';

(globalThis as unknown as { nhsSiteAudit: unknown }).nhsSiteAudit = { scanDocument };
