import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Scenario } from '../schema/index.js';
import { ScenarioSchema, TransferRecordSchema } from '../schema/schemas.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { assessRecord, type RecordResult } from '../engine/index.js';
import { PACKAGE_ROOT, displayPath } from '../loader/index.js';
import { readSource } from '../loader/index.js';
import { parseLocated } from '../loader/index.js';
import { validateAt } from '../loader/index.js';
import { BUILTIN_CONTEXTS } from '../loader/index.js';
import { loadSetup, type Setup } from '../loader/index.js';

/** The built-in scenario pack. */
export const SCENARIO_ROOT = join(PACKAGE_ROOT, 'criteria', 'scenarios');

/** A scenario ready to run: its record assessed by the engine on its own context. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly file: string;
  readonly setup: Setup;
  readonly engine: RecordResult;
}

/** The built-in scenarios' ids, in order. */
export async function listScenarios(root = SCENARIO_ROOT): Promise<string[]> {
  if (!existsSync(root)) return [];
  return (await readdir(root)).filter(name => existsSync(join(root, name, 'scenario.yaml'))).sort();
}

/** Finds a scenario by path (folder or file), by built-in id, or by a unique prefix of an id (`s09`). */
export async function resolveScenario(reference: string): Promise<string | undefined> {
  if (existsSync(reference)) return statSync(reference).isDirectory() ? join(reference, 'scenario.yaml') : reference;
  const ids = await listScenarios();
  const matches = ids.filter(id => id === reference || id.startsWith(reference));
  const id = matches.length === 1 ? matches[0] : ids.find(candidate => candidate === reference);
  return id ? join(SCENARIO_ROOT, id, 'scenario.yaml') : undefined;
}

/**
 * Loads a scenario, its own context folder (over the built-in one) and its criteria, and assesses its
 * record. Problems come back as diagnostics with positions.
 */
export async function loadScenario(file: string): Promise<{ loaded?: LoadedScenario; diagnostics: Diagnostic[] }> {
  const display = displayPath(file);
  const document = parseLocated(display, (await readSource(file)).text);
  if (document.diagnostics.length) return { diagnostics: [...document.diagnostics] };
  const parsed = validateAt(ScenarioSchema, document, document.value, [], 'scenario');
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const scenario = parsed.value;
  const record = validateAt(TransferRecordSchema, document, scenario.record, ['record'], 'record');
  if (!record.value) return { diagnostics: record.diagnostics };
  const dir = dirname(file);
  const hasContext = ['states.yaml', 'embargoes.yaml'].some(name => existsSync(join(dir, name)));
  const { setup, diagnostics } = await loadSetup([scenario.criteria ?? 'att'], [BUILTIN_CONTEXTS.training as string, ...(hasContext ? [dir] : [])], true);
  if (!setup) return { diagnostics };
  const engine = assessRecord(setup.compiled, { record: record.value, origin: { file: display, line: document.locate(['record']).line } }, setup.context);
  return { loaded: { scenario, file: display, setup, engine }, diagnostics: [] };
}
