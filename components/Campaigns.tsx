import { useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { SHIPPED_CAMPAIGNS } from '../lib/campaigns/shipped.ts';
import { CATALOGUE_CHECKLIST_ID } from '../lib/checklists/checklist.ts';
import { downloadFile } from '../lib/export/download.ts';
import type { SurveyStore } from '../lib/stores/survey.ts';
import { CrawlImport } from './CrawlImport.tsx';

/** The campaigns: lists of organisations to assess, where each stands, and the next to open. */
export function Campaigns({ store }: { store: SurveyStore }) {
  const {
    campaigns,
    checklists,
    progress,
    addShippedCampaign,
    importCampaign,
    openNext,
    setFilter,
  } = useStore(store);
  const [shipped, setShipped] = useState(SHIPPED_CAMPAIGNS[0]!.id);
  return (
    <section class="group campaigns" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">Campaigns</h2>
      <div class="toolbar">
        <label>
          Ready lists{' '}
          <select value={shipped} onChange={(event) => setShipped(event.currentTarget.value)}>
            {SHIPPED_CAMPAIGNS.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void addShippedCampaign(shipped)}>
          Add this list
        </button>
        <label class="file-button">
          Import a campaign (CSV: name, code, url)…
          <input
            type="file"
            accept="text/csv,.csv"
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) await importCampaign(file.name, await file.text());
              input.value = '';
            }}
          />
        </label>
      </div>
      <CrawlImport store={store} />
      {campaigns.length === 0 && (
        <p class="muted">
          No campaign yet: add a ready list or import your own, one organisation a line.
        </p>
      )}
      <ul class="campaign-list">
        {campaigns.map((campaign) => {
          const p = progress[campaign.id];
          const withSite = campaign.organisations.length - (p?.noWebsite ?? 0);
          return (
            <li key={campaign.id} data-campaign={campaign.id}>
              <h3>{campaign.name}</h3>
              <p class="campaign-progress">
                <progress
                  value={p?.done ?? 0}
                  max={withSite || 1}
                  aria-label={`${campaign.name}: done`}
                />{' '}
                <span>
                  {p?.done ?? 0} done, {p?.inProgress ?? 0} in progress, {p?.notStarted ?? 0} not
                  started, of {withSite} with a website
                  {p?.noWebsite ? ` (${p.noWebsite} without one)` : ''}
                </span>
              </p>
              {campaign.source && <p class="muted source">Source: {campaign.source}</p>}
              <label class="campaign-checklist">
                Its sites are assessed with{' '}
                <select
                  value={campaign.checklistId ?? CATALOGUE_CHECKLIST_ID}
                  onChange={(event) =>
                    void store
                      .getState()
                      .chooseCampaignChecklist(campaign.id, event.currentTarget.value)
                  }
                >
                  {checklists.map((checklist) => (
                    <option key={checklist.id} value={checklist.id}>
                      {checklist.name}
                    </option>
                  ))}
                </select>
              </label>
              <div class="toolbar">
                <button type="button" class="primary" onClick={() => void openNext(campaign.id)}>
                  Open next
                </button>
                <button type="button" onClick={() => setFilter({ campaign: campaign.id })}>
                  Show its sites
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const file = store.getState().exportCampaign(campaign.id);
                    if (file) downloadFile(file);
                  }}
                >
                  Export CSV
                </button>
                {(['html', 'markdown'] as const).map((format) => (
                  <button
                    key={format}
                    type="button"
                    onClick={async () => {
                      const file = await store.getState().exportCampaignReport(campaign.id, format);
                      if (file) downloadFile(file);
                    }}
                  >
                    Survey report ({format === 'html' ? 'HTML' : 'Markdown'})
                  </button>
                ))}
                <button
                  type="button"
                  class="danger"
                  onClick={() => {
                    if (
                      confirm(
                        `Delete the campaign “${campaign.name}”? Its list goes; the sites’ audits stay.`,
                      )
                    )
                      void store.getState().removeCampaign(campaign.id);
                  }}
                >
                  Delete campaign
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
