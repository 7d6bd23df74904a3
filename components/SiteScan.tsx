import type { CrawlRecord } from '../lib/db/schema.ts';
import type { CrawlState } from '../lib/stores/checklist.ts';

interface Props {
  crawl: CrawlState;
  disabled: boolean;
  onStart: () => void;
  onResume: () => void;
  onCancel: () => void;
  onMaxPages: (pages: number) => void;
}

/** How the stored site scan stands, in words. */
function describeCrawl(record: CrawlRecord): string {
  const read = `${record.done} of ${record.total} ${record.total === 1 ? 'page' : 'pages'}`;
  const failed = record.failures.length > 0 ? `, ${record.failures.length} could not be read` : '';
  switch (record.status) {
    case 'running':
      return `Scanning the site: ${record.total === 0 ? 'finding pages…' : read}${record.current ? ` · ${new URL(record.current).pathname}` : ''}`;
    case 'done':
      return `Last site scan: ${record.done} ${record.done === 1 ? 'page' : 'pages'} read${failed}${record.importedFrom ? `, crawled by ${record.importedFrom} on the command line and imported` : ''}.`;
    case 'cancelled':
      return `Site scan stopped at ${read}${failed}: partial.`;
    case 'interrupted':
      return `Site scan interrupted at ${read}${failed} (the browser or extension stopped): partial.`;
    case 'failed':
      return `Site scan failed after ${read}: ${record.error ?? 'unknown error'}.`;
  }
}

/**
 * "Scan this site": how many linked pages to read, and the stored scan's progress, which any
 * view shows and can stop; a scan cut short can be resumed where it stood.
 */
export function SiteScan({ crawl, disabled, onStart, onResume, onCancel, onMaxPages }: Props) {
  const { record } = crawl;
  const running = record?.status === 'running';
  const resumable =
    record !== undefined && ['cancelled', 'interrupted', 'failed'].includes(record.status);
  return (
    <div class="site-scan" data-crawl-status={record?.status ?? 'none'}>
      {running ? (
        <>
          <span class="site-scan-progress" role="status">
            {describeCrawl(record)}
          </span>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <>
          <button type="button" disabled={disabled} onClick={onStart}>
            Scan this site
          </button>
          <label>
            up to{' '}
            <input
              type="number"
              min={1}
              max={200}
              value={crawl.maxPages}
              aria-label="Most pages to scan"
              onChange={(event) => onMaxPages(Number(event.currentTarget.value))}
            />{' '}
            linked pages
          </label>
          {record && (
            <span class="site-scan-progress" role="status">
              {describeCrawl(record)}
            </span>
          )}
          {resumable && (
            <button type="button" disabled={disabled} onClick={onResume}>
              Resume site scan
            </button>
          )}
        </>
      )}
    </div>
  );
}
