/**
 * Merging another auditor's export into this one's work (issue 9): read and check the file,
 * show the conflicts side by side and the agreement, let the auditor choose, then write the
 * choices and the other auditor's verdicts on items not yet judged, all at once.
 */
import { createStore } from 'zustand/vanilla';
import type { Assessment } from '../assessment.ts';
import type { Checklist } from '../checklists/checklist.ts';
import { saveMerge, verdictsOfSites } from '../db/merge.ts';
import type { AuditDatabase } from '../db/repository.ts';
import { errorMessage } from '../errors.ts';
import { allAssessments } from '../export/all-assessments.ts';
import { parseAssessmentFile } from '../export/assessment-file.ts';
import {
  type MergePlan,
  mergedVerdicts,
  newSiteRecords,
  planMerge,
} from '../merge/auditor-merge.ts';

export interface MergeDeps {
  openDb: () => Promise<AuditDatabase>;
  /** Has the background write the edits it holds, so that this auditor's work is complete. */
  flushEdits: () => Promise<void>;
}

export interface MergeState {
  fileName: string;
  /** Who made the other export, as its file says. */
  theirName: string;
  plan: MergePlan | undefined;
  choices: Map<string, 'mine' | 'theirs'>;
  error: string | undefined;
  notice: string | undefined;
  busy: boolean;
  load: (fileName: string, content: string) => Promise<void>;
  choose: (key: string, side: 'mine' | 'theirs') => void;
  apply: () => Promise<void>;
  cancel: () => void;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function createMergeStore(deps: MergeDeps) {
  let theirs: Assessment[] = [];
  let theirChecklists: Checklist[] = [];
  return createStore<MergeState>()((set, get) => ({
    fileName: '',
    theirName: '',
    plan: undefined,
    choices: new Map(),
    error: undefined,
    notice: undefined,
    busy: false,

    async load(fileName, content) {
      set({ busy: true, error: undefined, notice: undefined, plan: undefined });
      try {
        const file = parseAssessmentFile(content);
        await deps.flushEdits();
        const { assessments } = await allAssessments(await deps.openDb());
        theirs = file.assessments;
        theirChecklists = file.checklists;
        const plan = planMerge(assessments, theirs);
        set({
          fileName,
          theirName: file.exportedBy || 'the other auditor',
          plan,
          // Until the auditor chooses, each conflict keeps this auditor's verdict.
          choices: new Map(plan.conflicts.map((conflict) => [conflict.key, 'mine'])),
        });
      } catch (error) {
        set({ error: `${fileName} was not merged: ${errorMessage(error)}` });
      } finally {
        set({ busy: false });
      }
    },

    choose(key, side) {
      const choices = new Map(get().choices);
      choices.set(key, side);
      set({ choices });
    },

    async apply() {
      const { plan, choices, theirName } = get();
      if (!plan) return;
      set({ busy: true, error: undefined });
      try {
        const db = await deps.openDb();
        const sites = [...new Set(theirs.map((assessment) => assessment.site))];
        const records = mergedVerdicts(plan, choices, theirs, await verdictsOfSites(db, sites));
        const notHere = new Set(plan.sitesNotHere);
        const { sitesAdded, sitesSkipped } = await saveMerge(db, {
          verdicts: records,
          newSites: theirs.filter((a) => notHere.has(a.site)).map(newSiteRecords),
          checklists: theirChecklists,
        });
        const taken = [...choices.values()].filter((side) => side === 'theirs').length;
        set({
          plan: undefined,
          notice: [
            `Merged: ${taken} of ${plural(plan.conflicts.length, 'conflict')} resolved for ${theirName}, ${plural(plan.onlyTheirs.length, 'verdict')} only ${theirName} gave added`,
            sitesAdded.length > 0
              ? `, ${plural(sitesAdded.length, 'site')} only ${theirName} assessed brought in (${sitesAdded.join(', ')})`
              : '',
            sitesSkipped.length > 0
              ? `; ${sitesSkipped.join(', ')} appeared here meanwhile and ${sitesSkipped.length === 1 ? 'was' : 'were'} left as ${sitesSkipped.length === 1 ? 'it is' : 'they are'}: merge the file again for ${sitesSkipped.length === 1 ? 'it' : 'them'}`
              : '',
            '.',
          ].join(''),
        });
      } catch (error) {
        set({ error: `The merge was not saved (nothing was written): ${errorMessage(error)}` });
      } finally {
        set({ busy: false });
      }
    },

    cancel: () => set({ plan: undefined, notice: undefined, error: undefined }),
  }));
}

export type MergeStore = ReturnType<typeof createMergeStore>;
