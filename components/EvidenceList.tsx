import type { Evidence } from '../lib/indicators/types.ts';

interface Props {
  evidence: Evidence[];
  /** The page open in the tab: its evidence can be shown there. */
  pageUrl: string | undefined;
  onShow: (selector: string) => void;
}

export function EvidenceList({ evidence, pageUrl, onShow }: Props) {
  if (evidence.length === 0) return null;
  return (
    <details class="evidence">
      <summary>
        Evidence ({evidence.length} {evidence.length === 1 ? 'item' : 'items'})
      </summary>
      <ol>
        {evidence.map((item) => (
          <li key={`${item.url}|${item.selector}|${item.href ?? ''}`} class="evidence-item">
            <q class="evidence-snippet">{item.snippet}</q>
            {item.href && (
              <a class="evidence-href" href={item.href} target="_blank" rel="noreferrer noopener">
                {item.href}
              </a>
            )}
            <div class="evidence-where">
              <span class="evidence-url" title="Page">
                {item.url}
              </span>
              <code class="evidence-selector" title="CSS selector of the element">
                {item.selector}
              </code>
              {item.url === pageUrl && (
                <button type="button" class="link-button" onClick={() => onShow(item.selector)}>
                  Show on the page
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}
