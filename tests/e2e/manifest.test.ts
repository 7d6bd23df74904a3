/** The shipped manifest asks for no host access and runs nothing on sites by itself. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));

describe('the production manifest', () => {
  it('has no host permissions', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  });
  it('has no content script that matches sites', () => {
    for (const script of manifest.content_scripts ?? []) expect(script.matches ?? []).toEqual([]);
  });
  it('asks for site access only as optional permissions', () => {
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });
  it('names the Chrome version its side panel needs, and has icons and a toolbar icon', () => {
    expect(manifest.minimum_chrome_version).toBe('116');
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.action.default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});
