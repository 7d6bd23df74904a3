/** Small builders of records for tests. */
import type { IndicatorId } from '../../../lib/indicators/index.ts';
import type { ScanStatus } from '../../../lib/indicators/types.ts';
import type { PageResult } from '../../../lib/scan/scan-page.ts';

export function pageResult(
  url: string,
  statuses: Partial<Record<IndicatorId, ScanStatus>>,
): PageResult {
  return {
    url,
    title: `Page ${url}`,
    emailFields: [],
    findings: Object.entries(statuses).map(([indicator, status]) => ({
      indicator: indicator as IndicatorId,
      status: status as ScanStatus,
      evidence:
        status === 'not-found'
          ? []
          : [
              {
                url,
                snippet: `${indicator} on ${url}`,
                selector: 'main > p',
                href: `${url}#${indicator}`,
              },
            ],
    })),
  };
}
