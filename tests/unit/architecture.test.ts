/**
 * The dependency rules issue 9 set: one home for the assessment model that depends on no store
 * of data; lib/db never imports lib/export; the content script never reaches IndexedDB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The files a module imports (relative imports only); with `values`, not those of types only. */
function importsOf(file: string, values = false): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(import|export)( type)?[^'"]*?from '(\.[^']+)';/gms)]
    .filter((match) => !values || !match[2])
    .map((match) => normalize(join(dirname(file), match[3]!)));
}

/** Every file reached from `start`; with `values`, what is bundled (type imports are erased). */
function reachable(start: string, values = false): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file, values)) if (/\.tsx?$/.test(next)) walk(next);
  };
  walk(start);
  return seen;
}

const filesIn = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

describe('the dependency rules', () => {
  it('lib/db never imports lib/export', () => {
    for (const file of filesIn('lib/db'))
      expect(
        importsOf(file).filter((target) => target.startsWith('lib/export/')),
        file,
      ).toEqual([]);
  });

  it('the assessment model depends on no database, export, store or view', () => {
    const reached = [...reachable('lib/assessment.ts')];
    expect(reached.filter((file) => /^(lib\/(db|export|stores)|components)\//.test(file))).toEqual(
      [],
    );
  });

  it('the database schema imports the model, and the model not the schema (no cycle)', () => {
    expect(importsOf('lib/db/schema.ts')).toContain('lib/assessment.ts');
    expect(reachable('lib/assessment.ts').has('lib/db/schema.ts')).toBe(false);
  });

  it('the content script reaches no database code', () => {
    const reached = [...reachable('entrypoints/content.ts', true)];
    expect(reached).toContain('lib/scan/custom-indicators.ts');
    expect(reached.filter((file) => file.startsWith('lib/db/'))).toEqual([]);
  });
});
