/** Bundles the scanner into one script to inject into a page (tests and benchmarks). */
import { build } from 'esbuild';

let bundle: Promise<string> | undefined;

export function scannerBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: ['tests/support/scanner-entry.ts'],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

/** The in-page API the bundle installs, for `page.evaluate` callbacks. */
export interface InPageScanner {
  nhsSiteAudit: { scanDocument: typeof import('../../lib/scan/scan-page.ts').scanDocument };
}
