import type { CrawlState } from '../lib/stores/checklist.ts';

interface Props {
  crawl: CrawlState;
  disabled: boolean;
  onStart: () => void;
  onCancel: () => void;
  onMaxPages: (pages: number) => void;
}

/** "Scan this site": how many linked pages to read, progress, and a way to stop. */
export function SiteScan({ crawl, disabled, onStart, onCancel, onMaxPages }: Props) {
  const { progress } = crawl;
  return (
    <div class="site-scan">
      {crawl.running ? (
        <>
          <span class="site-scan-progress" role="status">
            Scanning the site:{' '}
            {progress ? `${progress.done} of ${progress.total} pages` : 'finding pages…'}
            {progress?.current ? ` · ${new URL(progress.current).pathname}` : ''}
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
          {progress && (
            <span class="site-scan-progress" role="status">
              Last site scan: {progress.done} pages read
              {progress.failures.length > 0
                ? `, ${progress.failures.length} could not be read`
                : ''}
            </span>
          )}
        </>
      )}
    </div>
  );
}
