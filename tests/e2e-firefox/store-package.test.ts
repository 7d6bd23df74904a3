/**
 * The Firefox package as the add-on store (AMO) reviews it: Mozilla's linter on the production
 * build, and the manifest keys the store and the auditor's browser rely on.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from './support/firefox.ts';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));

/** A PNG's width and height, from its header. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("Mozilla's add-on linter on the Firefox build", () => {
  it('finds no error, and no warning but the one Preact ships', async () => {
    const { stdout } = await promisify(execFile)(
      'node_modules/.bin/web-ext',
      ['lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-input'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report: LintReport = JSON.parse(stdout);
    expect(report.errors).toEqual([]);
    // Preact's renderer has a branch for `dangerouslySetInnerHTML`, which the extension never
    // uses (README, "Permissions and store review"): the linter flags the branch itself.
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: 'UNSAFE_VAR_ASSIGNMENT',
        message: 'Unsafe assignment to innerHTML',
      }),
    ]);
    const preact = readFileSync(join(FIREFOX_EXTENSION_DIR, report.warnings[0]!.file!), 'utf8');
    expect(preact).toContain('dangerouslySetInnerHTML');
  });
});

describe('the Firefox manifest', () => {
  it('has a fixed add-on id and declares that no data is collected', () => {
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'nhs-site-audit@nhs-site-audit.org',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('sets no minimum Firefox below 142 (older ones cannot read the data declaration)', () => {
    const minimum = manifest.browser_specific_settings.gecko.strict_min_version;
    if (minimum !== undefined) expect(Number.parseInt(minimum, 10)).toBeGreaterThanOrEqual(142);
  });

  it('has a sidebar that opens only when the auditor asks', () => {
    expect(manifest.sidebar_action).toMatchObject({
      default_panel: 'sidepanel.html',
      open_at_install: false,
    });
  });

  it('asks for no site access at install, only as optional permissions', () => {
    expect(manifest.permissions).toEqual([
      'activeTab',
      'scripting',
      'unlimitedStorage',
      'contextMenus',
    ]);
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('has icons of the sizes it names, and a toolbar icon', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, path] of Object.entries<string>(manifest.icons))
      expect(pngSize(join(FIREFOX_EXTENSION_DIR, path)), path).toEqual([+size, +size]);
    expect(manifest.browser_action.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
  });
});
