import type { Evidence } from '../lib/indicators/types.ts';

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
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
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}
