/**
 * `npm start`: serves the bundled demo site on 127.0.0.1 (port: PORT, else any free one) and
 * opens Chromium (or Chrome) with the freshly built extension loaded, on the demo's home page;
 * stops with Ctrl+C. Without a display it runs a whole assessment headless instead and says
 * where its screenshots, exports and reports are (lib/demo/headless-tour.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, NO_BROWSER_MESSAGE, QUIET_FLAGS } from '../demo/browser.ts';
import { headlessTour } from '../demo/headless-tour.ts';
import { serveDirectory } from '../demo/server.ts';

const extension = resolve('.output/chrome-mv3');
const browser = findChromium();
if (!browser) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
const server = await serveDirectory(resolve('assets/demo-site'), Number(process.env.PORT ?? 0));
const headless =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) {
  console.log(`Demo site: ${server.url}`);
  console.log(
    'No display here: assessing the demo site in headless Chromium, as an auditor would…',
  );
  try {
    const folder = await headlessTour(browser, resolve('.output/chrome-mv3-e2e'), server.url);
    console.log(`Done. Screenshots, exports and reports are in ${folder}`);
  } catch (error) {
    console.error(`The headless demo failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
  await server.close();
  process.exit();
}
const profile = mkdtempSync(join(tmpdir(), 'nhs-site-audit-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  ...QUIET_FLAGS,
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  server.url,
];
console.log(`Demo site: ${server.url}`);
console.log(`Extension: ${extension}`);
console.log(`Browser:   ${browser}`);
console.log(
  'Click the extension’s toolbar button on any demo page, then “Scan this page”. Ctrl+C stops.',
);
if (/google.chrome/i.test(browser)) {
  console.log(
    'Google Chrome ignores --load-extension: load .output/chrome-mv3 by hand (README: “Load it by hand”).',
  );
}
const child = spawn(browser, args, { stdio: 'ignore' });
const stop = async () => {
  child.kill();
  await server.close();
  process.exit(0);
};
child.on('exit', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
