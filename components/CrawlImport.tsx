import { useStore } from 'zustand';
import { describeCrawlImport } from '../lib/campaigns/crawl-import.ts';
import type { SurveyStore } from '../lib/stores/survey.ts';

/**
 * "Import crawl results" (issue 12): the result files of `nhs-site-audit crawl`, chosen as files
 * or as the crawl's output folder, stored as scanner results of their campaigns; then what was
 * imported, and each site the crawl could not read with its reason.
 */
export function CrawlImport({ store }: { store: SurveyStore }) {
  const { importing, crawlImport, importCrawlResults, dismissCrawlImport } = useStore(store);
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) await importCrawlResults(files);
  };
  const summary = crawlImport && describeCrawlImport(crawlImport);
  return (
    <div class="crawl-import">
      <div class="toolbar">
        <label class="file-button">
          Import crawl results (the .json files)…
          <input
            type="file"
            name="crawl-files"
            accept="application/json,.json"
            multiple
            disabled={importing !== undefined}
            onChange={choose}
          />
        </label>
        <label class="file-button">
          …or the crawl's output folder…
          <input
            type="file"
            name="crawl-folder"
            disabled={importing !== undefined}
            // Chromium and Firefox pick a folder with this attribute, which Preact's types lack.
            ref={(input) => input?.setAttribute('webkitdirectory', '')}
            onChange={choose}
          />
        </label>
        {importing && (
          <span class="muted" role="status">
            {importing.stage === 'reading'
              ? `Checking the crawl results: ${importing.done} of ${importing.total} files…`
              : `Storing the results of ${importing.total} files…`}
          </span>
        )}
      </div>
      {summary && (
        <div class="report crawl-import-report" role="status">
          <p class="crawl-import-headline">{summary.headline}</p>
          {summary.failedSites.length > 0 && (
            <ul class="crawl-import-failed" aria-label="Sites the crawl could not read">
              {summary.failedSites.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {summary.notes.map((line) => (
            <p key={line} class="muted">
              {line}
            </p>
          ))}
          <button type="button" class="link-button" onClick={dismissCrawlImport}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
