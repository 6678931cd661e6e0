import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listScenarios, loadScenario, resolveScenario, SCENARIO_ROOT, type LoadedScenario } from '../../src/trainer/scenarios.js';
import { DECISIONS, isUserAssignedCode } from '../../src/schema/index.js';

const ids = await listScenarios();
const loaded: LoadedScenario[] = [];
for (const id of ids) {
  const { loaded: scenario, diagnostics } = await loadScenario((await resolveScenario(id))!);
  if (!scenario) throw new Error(`${id}: ${JSON.stringify(diagnostics)}`);
  loaded.push(scenario);
}

describe('the scenario pack', () => {
  it('has at least 12 scenarios at every difficulty', () => {
    expect(loaded.length).toBeGreaterThanOrEqual(12);
    expect(new Set(loaded.map(s => s.scenario.difficulty))).toEqual(new Set(['introductory', 'intermediate', 'advanced']));
  });

  it.each(loaded.map(s => [s.scenario.id, s] as const))('%s: the model answer agrees with the engine on every criterion, or records the disagreement', (_, s) => {
    expect(s.engine.decision).toBe(s.scenario.model_answer.decision);
    const disagreements = new Map((s.scenario.model_answer.disagreements ?? []).map(d => [d.criterion, d]));
    const engine = new Map(s.engine.findings.map(f => [f.criterion, f.status]));
    // A recorded disagreement must still hold: the engine says what it records, and the model answer differs.
    for (const [criterion, disagreement] of disagreements) {
      expect(engine.get(criterion), criterion).toBe(disagreement.engine);
      expect(s.scenario.model_answer.statuses[criterion], criterion).toBe(disagreement.model);
      expect(disagreement.model, criterion).not.toBe(disagreement.engine);
    }
    // Every other criterion the engine assessed has the model's status, and the model has no criterion the engine lacks.
    const agreed = [...engine].filter(([criterion]) => !disagreements.has(criterion));
    expect(Object.fromEntries(agreed.map(([criterion]) => [criterion, s.scenario.model_answer.statuses[criterion]]))).toEqual(Object.fromEntries(agreed));
    expect(Object.keys(s.scenario.model_answer.statuses).filter(criterion => !engine.has(criterion))).toEqual([]);
  });

  it('together reach every decision value', () => {
    expect(new Set(loaded.map(s => s.scenario.model_answer.decision))).toEqual(new Set(DECISIONS));
  });

  it('together trigger every ATT criterion', () => {
    const all = loaded[0]!.engine.findings.map(f => f.criterion);
    const triggered = new Set(loaded.flatMap(s => Object.entries(s.scenario.model_answer.statuses).filter(([, st]) => st === 'triggered').map(([id]) => id)));
    expect(all.filter(id => !triggered.has(id))).toEqual([]);
  });

  it('use only fictional states with user-assigned codes in their own context', () => {
    for (const id of ids) {
      const states = parse(readFileSync(join(SCENARIO_ROOT, id, 'states.yaml'), 'utf8')).states;
      for (const code of Object.keys(states)) expect(isUserAssignedCode(code), `${id}: ${code}`).toBe(true);
    }
  });

  it('finds a scenario by a unique prefix', async () => {
    expect(await resolveScenario('s09')).toMatch(/s09-corvinia-howitzers\/scenario\.yaml$/);
    expect(await resolveScenario('s1')).toBeUndefined();
  });
});
