import type { SiteEvidence } from '../lib/indicators/types.ts';

interface Props {
  /** The site's evidence, grouped across pages and strongest first (lib/scan/merge.ts). */
  evidence: SiteEvidence[];
  /** The page open in the tab: its evidence can be shown there. */
  pageUrl: string | undefined;
  onShow: (selector: string) => void;
}

const REGION_NAMES = {
  header: 'header',
  nav: 'menu',
  footer: 'footer',
  aside: 'sidebar',
  main: undefined,
} as const;

/** The pages an item is on, and where on them when not in their own content. */
function PagesOf({ item }: { item: SiteEvidence }) {
  const where = item.region && REGION_NAMES[item.region];
  const inRegion = where ? `in the ${where}, ` : '';
  if (item.pages.length <= 1) {
    return (
      <span class="evidence-url" title="Page">
        {inRegion}
        {item.url}
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
            {page}
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
                    open page almost always has it too (if not, the checklist says so). */}
                {pageUrl !== undefined && item.pages.includes(pageUrl) && (
                  <button type="button" class="link-button" onClick={() => onShow(item.selector)}>
                    Show on the page
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
