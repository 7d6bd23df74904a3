import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type BackgroundMessages, listen, sendToBackground } from '../../lib/messages.ts';

const unused = {
  'start-site-scan': async () => {
    throw new Error('unused');
  },
  'resume-site-scan': async () => {
    throw new Error('unused');
  },
  'cancel-site-scan': async () => false,
  'check-site-scan': async () => false,
  'flush-edits': async () => null,
};

const record = {
  site: 'example.org',
  url: 'https://example.org/',
  title: 'Home',
  scannedAt: '2026-01-01T00:00:00.000Z',
  findings: [],
  emailFields: [],
};

afterEach(() => fakeBrowser.reset());

describe('the message protocol', () => {
  it('answers a typed request with its typed reply', async () => {
    const seen: number[] = [];
    listen<BackgroundMessages>({
      'scan-tab': async ({ tabId }) => {
        seen.push(tabId);
        return record;
      },
      'highlight-in-tab': async () => true,
      ...unused,
    });
    await expect(sendToBackground('scan-tab', { tabId: 7 })).resolves.toEqual(record);
    expect(seen).toEqual([7]);
  });

  it('carries a handler’s error to the sender as an Error with its message', async () => {
    listen<BackgroundMessages>({
      'scan-tab': async () => {
        throw new Error('The extension may not read this page yet');
      },
      'highlight-in-tab': async () => false,
      ...unused,
    });
    await expect(sendToBackground('scan-tab', { tabId: 1 })).rejects.toThrow(
      'The extension may not read this page yet',
    );
  });

  it('says so when nobody answers', async () => {
    await expect(sendToBackground('scan-tab', { tabId: 1 })).rejects.toThrow();
  });
});
