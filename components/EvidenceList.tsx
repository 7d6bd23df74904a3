import type { SiteEvidence } from '../lib/indicators/types.ts';

interface Props {
  /** The site's evidence, grouped across pages and strongest first (lib/scan/merge.ts). */
  evidence: SiteEvidence[];
  /** The page open in the tab: its evidence is shown there, other pages' after opening them. */
  pageUrl: string | undefined;
  onShow: (selector: string, url?: string) => void;
}

const REGION_NAMES = {
  header: 'header',
  nav: 'menu',
  footer: 'footer',
  aside: 'sidebar',
  main: undefined,
} as const;

/** A page's address as a link that opens it beside the one being audited. */
function PageLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noreferrer noopener">
      {url}
    </a>
  );
}

/** The pages an item is on, and where on them when not in their own content. */
function PagesOf({ item }: { item: SiteEvidence }) {
  const where = item.region && REGION_NAMES[item.region];
  const inRegion = where ? `in the ${where}, ` : '';
  if (item.pages.length <= 1) {
    return (
      <span class="evidence-url">
        {inRegion}
        <PageLink url={item.url} />
      </span>
    );
  }
  return (
    <details class="evidence-pages">
      <summary title={`As it is on ${item.url}`}>
        {inRegion}on {item.pages.length} pages
      </summary>
      <ul>
        {item.pages.map((page) => (
          <li key={page} class="evidence-url">
            <PageLink url={page} />
          </li>
        ))}
      </ul>
    </details>
  );
}

export function EvidenceList({ evidence, pageUrl, onShow }: Props) {
  if (evidence.length === 0) return null;
  return (
    <details class="evidence">
      <summary>
        Evidence ({evidence.length} {evidence.length === 1 ? 'item' : 'items'})
      </summary>
      <ol>
        {evidence.map((item) => {
          return (
            <li key={`${item.href ?? ''}|${item.snippet}`} class="evidence-item">
              <q class="evidence-snippet">{item.snippet}</q>
              {item.href && (
                <a class="evidence-href" href={item.href} target="_blank" rel="noreferrer noopener">
                  {item.href}
                </a>
              )}
              <div class="evidence-where">
                <PagesOf item={item} />
                <code class="evidence-selector" title="CSS selector of the element">
                  {item.selector}
                </code>
                {/* A repeated item's selector is its first page's; the same template on the
                    open page almost always has it too (if not, the checklist says so). Evidence
                    of another page opens that page in the tab first. */}
                {pageUrl !== undefined && (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() =>
                      item.pages.includes(pageUrl)
                        ? onShow(item.selector)
                        : onShow(item.selector, item.url)
                    }
                  >
                    {item.pages.includes(pageUrl) ? 'Show on the page' : 'Open the page and show'}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
