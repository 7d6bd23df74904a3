import { useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { POLARITIES, type Polarity } from '../lib/assessment.ts';
import { CATALOGUE_CHECKLIST, checklistItems } from '../lib/checklists/checklist.ts';
import { downloadFile } from '../lib/export/download.ts';
import { GROUPS, type GroupId } from '../lib/indicators/types.ts';
import { DETECTOR_SIGNALS, type DetectorSignal } from '../lib/scan/custom-indicators.ts';
import type { ChecklistDraft, ChecklistsStore } from '../lib/stores/checklists.ts';
import { Messages } from './Messages.tsx';

const SIGNAL_LABELS: Record<DetectorSignal, string> = {
  phrases: 'Phrases',
  keywords: 'Keywords',
  links: 'Link addresses',
};
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A textarea of terms, one a line, with its label. It shows the text as typed while it says the same terms as the
 * store: preact/compat (which zustand brings in) makes `onChange` fire on every keystroke, and
 * showing the store's trimmed lines back at once ate each space typed at the end of a line and
 * each new line (typing "citizens' panel" gave "citizens'panel"; found typing in Firefox e2e).
 */
function TermsField(props: {
  label: string;
  class: string;
  terms: string[];
  onTerms: (terms: string[]) => void;
}) {
  const [text, setText] = useState(props.terms.join('\n'));
  const same = lines(text).join('\n') === props.terms.join('\n');
  return (
    <label>
      {props.label}{' '}
      <textarea
        class={props.class}
        value={same ? text : props.terms.join('\n')}
        onInput={(event) => {
          setText(event.currentTarget.value);
          props.onTerms(lines(event.currentTarget.value));
        }}
      />
    </label>
  );
}

/**
 * The dashboard's checklists: create, edit, duplicate, delete, share as a file and import one
 * (issue 9). A site's checklist is chosen in the sites table and in its checklist.
 */
export function ChecklistEditor({ store }: { store: ChecklistsStore }) {
  const state = useStore(store);
  const { checklists, draft, error, notice } = state;
  const [name, setName] = useState('');
  return (
    <section class="group checklists" aria-labelledby="checklists-title">
      <h2 id="checklists-title">Checklists</h2>
      <p class="hint">
        A checklist is the indicators an audit uses, in order: catalogue indicators and your own.
        Each saved change is a new version; a site assessed under an earlier version shows which
        items changed since.
      </p>
      <Messages error={error} notice={notice} />
      <div class="toolbar">
        <input
          type="text"
          class="new-checklist-name"
          aria-label="New checklist's name"
          placeholder="New checklist's name"
          maxLength={200}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button
          type="button"
          class="create-checklist"
          onClick={async () => {
            await state.create(name);
            setName('');
          }}
        >
          New checklist
        </button>
        <label class="file-button">
          Import a checklist…
          <input
            type="file"
            class="import-checklist-file"
            accept="application/json,.json"
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) await state.importChecklist(file.name, await file.text());
              input.value = '';
            }}
          />
        </label>
      </div>
      <table class="checklist-list">
        <thead>
          <tr>
            <th scope="col">Checklist</th>
            <th scope="col">Version</th>
            <th scope="col">Items</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          <tr data-checklist={CATALOGUE_CHECKLIST.id}>
            <td>{CATALOGUE_CHECKLIST.name}</td>
            <td>{CATALOGUE_CHECKLIST.version}</td>
            <td>{CATALOGUE_CHECKLIST.items.length}</td>
            <td class="actions">
              <button type="button" onClick={() => void state.duplicate(CATALOGUE_CHECKLIST.id)}>
                Duplicate
              </button>
            </td>
          </tr>
          {checklists.map((checklist) => (
            <tr key={checklist.id} data-checklist={checklist.id}>
              <td>{checklist.name}</td>
              <td>{checklist.version}</td>
              <td>
                {checklist.items.length}
                {checklist.custom.length > 0 && ` (${checklist.custom.length} your own)`}
              </td>
              <td class="actions">
                <button type="button" onClick={() => state.edit(checklist.id)}>
                  Edit
                </button>
                <button type="button" onClick={() => void state.duplicate(checklist.id)}>
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const file = state.exportChecklist(checklist.id);
                    if (file) downloadFile(file);
                  }}
                >
                  Export JSON
                </button>
                <button
                  type="button"
                  class="danger"
                  aria-label={`Delete ${checklist.name}`}
                  onClick={() => void state.remove(checklist.id)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft && <DraftEditor draft={draft} store={store} />}
    </section>
  );
}

function DraftEditor({ draft, store }: { draft: ChecklistDraft; store: ChecklistsStore }) {
  const state = store.getState();
  const [title, setTitle] = useState('');
  const included = new Set<string>(draft.items);
  const catalogueLeftOut = CATALOGUE_CHECKLIST.items.filter((id) => !included.has(id));
  const items = checklistItems(draft);
  return (
    <form
      class="checklist-draft"
      aria-label={`Editing ${draft.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void state.saveDraft();
      }}
    >
      <h3>Editing “{draft.name}”</h3>
      <label>
        Name{' '}
        <input
          type="text"
          class="draft-name"
          maxLength={200}
          value={draft.name}
          onInput={(event) => state.changeDraft({ name: event.currentTarget.value })}
        />
      </label>
      <label>
        Description{' '}
        <textarea
          class="draft-description"
          maxLength={2000}
          value={draft.description}
          onInput={(event) => state.changeDraft({ description: event.currentTarget.value })}
        />
      </label>
      <h4>Items, in order</h4>
      <ol class="draft-items">
        {items.map((item, index) => (
          <li key={item.id} data-item={item.id}>
            <span class="item-title">
              {item.title}
              {item.polarity === 'problem' && ' (problem)'}
              {item.custom && ' — your own'}
            </span>{' '}
            <button
              type="button"
              aria-label={`Move ${item.title} up`}
              disabled={index === 0}
              onClick={() => state.moveItem(item.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${item.title} down`}
              disabled={index === items.length - 1}
              onClick={() => state.moveItem(item.id, 1)}
            >
              ↓
            </button>
            {!item.custom && (
              <button
                type="button"
                aria-label={`Leave out ${item.title}`}
                onClick={() => state.toggleItem(item.id)}
              >
                Leave out
              </button>
            )}
          </li>
        ))}
      </ol>
      {catalogueLeftOut.length > 0 && (
        <p class="left-out">
          Left out:{' '}
          {checklistItems({ items: catalogueLeftOut, custom: [] }).map((item) => (
            <button
              type="button"
              key={item.id}
              aria-label={`Add ${item.title}`}
              onClick={() => state.toggleItem(item.id)}
            >
              + {item.title}
            </button>
          ))}
        </p>
      )}
      <h4>Your own indicators</h4>
      {draft.custom.map((custom) => (
        <fieldset key={custom.id} class="custom-indicator" data-custom={custom.id}>
          <legend>{custom.title}</legend>
          <label>
            Title{' '}
            <input
              type="text"
              class="custom-title"
              maxLength={120}
              value={custom.title}
              onInput={(event) =>
                state.changeCustom(custom.id, { title: event.currentTarget.value })
              }
            />
          </label>
          <label>
            Group{' '}
            <select
              class="custom-group"
              value={custom.group}
              onChange={(event) =>
                state.changeCustom(custom.id, { group: event.currentTarget.value as GroupId })
              }
            >
              {GROUPS.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Polarity{' '}
            <select
              class="custom-polarity"
              value={custom.polarity}
              onChange={(event) =>
                state.changeCustom(custom.id, { polarity: event.currentTarget.value as Polarity })
              }
            >
              {POLARITIES.map((polarity) => (
                <option key={polarity} value={polarity}>
                  {polarity === 'good' ? 'good to have' : 'a problem when found'}
                </option>
              ))}
            </select>
          </label>
          <label>
            What counts{' '}
            <textarea
              class="custom-counts"
              maxLength={1000}
              value={custom.counts}
              onInput={(event) =>
                state.changeCustom(custom.id, { counts: event.currentTarget.value })
              }
            />
          </label>
          <label>
            What does not count{' '}
            <textarea
              class="custom-does-not-count"
              maxLength={1000}
              value={custom.doesNotCount}
              onInput={(event) =>
                state.changeCustom(custom.id, { doesNotCount: event.currentTarget.value })
              }
            />
          </label>
          {DETECTOR_SIGNALS.map((signal) => (
            <div key={signal} class={`custom-signal custom-${signal}`}>
              <TermsField
                label={`${SIGNAL_LABELS[signal]}, one a line${signal === 'links' ? ' (a part of the address; * for any characters)' : ''}`}
                class={`custom-${signal}-terms`}
                terms={custom.detector[signal]}
                onTerms={(terms) =>
                  state.changeCustom(custom.id, {
                    detector: { ...custom.detector, [signal]: terms },
                  })
                }
              />
              <label>
                <input
                  type="checkbox"
                  class={`custom-${signal}-found`}
                  checked={custom.detector.found.includes(signal)}
                  onChange={(event) =>
                    state.changeCustom(custom.id, {
                      detector: {
                        ...custom.detector,
                        found: event.currentTarget.checked
                          ? [...custom.detector.found, signal]
                          : custom.detector.found.filter((kind) => kind !== signal),
                      },
                    })
                  }
                />{' '}
                <span>
                  a match makes it <em>Found</em> (else <em>Needs review</em>)
                </span>
              </label>
            </div>
          ))}
          <button type="button" class="danger" onClick={() => state.removeCustom(custom.id)}>
            Remove {custom.title}
          </button>
        </fieldset>
      ))}
      <div class="toolbar">
        <input
          type="text"
          class="new-custom-title"
          aria-label="Your own indicator's title"
          placeholder="Your own indicator's title"
          maxLength={120}
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
        <button
          type="button"
          class="add-custom"
          onClick={() => {
            state.addCustom(title);
            setTitle('');
          }}
        >
          Add your own indicator
        </button>
      </div>
      <div class="toolbar">
        <button type="submit" class="primary save-checklist">
          Save as a new version
        </button>
        <button type="button" onClick={() => state.cancelDraft()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
