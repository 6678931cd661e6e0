import { KNOWN_INSTRUMENTS, walkCondition, type Condition, type Criterion } from '../schema/index.js';
import type { CriteriaBundle } from '../engine/index.js';
import { closest, codeInfo, editDistance, formatPath, type Diagnostic, type DiagnosticCode } from '../diagnostics/index.js';
import type { LocatedDocument } from '../loader/index.js';

type Path = (string | number)[];

/**
 * Names from vocabularies that are open by design: the instruments of `party_to` tests (a national
 * set may name any treaty its context lists) and mitigation measures (records may agree any
 * measure). A name outside the known ones is fine; one that is a typo away from a known one is not
 * what the author meant, so it gets a warning with the name it was probably meant to be.
 */
export function checkOpenNames(bundle: CriteriaBundle, documents: ReadonlyMap<string, LocatedDocument>, ownFiles: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const measureUses = new Map<string, number>();
  for (const { criterion } of bundle.criteria) for (const measure of measuresOf(criterion).map(m => m.measure)) measureUses.set(measure, (measureUses.get(measure) ?? 0) + 1);
  const measures = [...measureUses.keys()];
  for (const { criterion, file } of bundle.criteria) {
    if (!ownFiles.has(file)) continue;
    const document = documents.get(file);
    const warn = (code: DiagnosticCode, path: Path, message: string, hint: string): void => {
      out.push({ code, severity: codeInfo(code).severity, message, hint, path: formatPath(path), location: document?.locate(path) ?? { file, line: 1 } });
    };
    for (const [condition, path] of conditionsOf(criterion)) {
      walkCondition(condition, path, (leaf, at) => {
        if (!('party_to' in leaf)) return;
        const named: [string, Path][] = leaf.party_to.instrument !== undefined ? [[leaf.party_to.instrument, [...at, 'party_to', 'instrument']]] : (leaf.party_to.any_of ?? []).map((name, j) => [name, [...at, 'party_to', 'any_of', j]]);
        for (const [name, where] of named) {
          const guess = nearMiss(name, KNOWN_INSTRUMENTS);
          if (guess) warn('unknown-instrument', where, `"${name}" is not an instrument atra knows; no state profile is likely to list it`, `did you mean "${guess}"?`);
        }
      });
    }
    for (const { measure, path } of measuresOf(criterion)) {
      if ((measureUses.get(measure) ?? 0) > 1) continue;
      const guess = nearMiss(measure, measures.filter(other => other !== measure));
      if (guess) warn('unknown-measure', path, `measure "${measure}" is named nowhere else in the set, but "${guess}" is; a record agreeing "${guess}" would not mitigate this criterion`, `did you mean "${guess}"?`);
    }
  }
  return out;
}

/** The known name `word` is most likely a misspelling of: close for its length, and not itself. */
export function nearMiss(word: string, known: readonly string[]): string | undefined {
  if (known.includes(word)) return undefined;
  const guess = closest(word, known);
  if (guess === undefined) return undefined;
  // Stricter than a "did you mean" hint: short ids such as ccw and cwc are different instruments.
  const limit = word.length <= 4 ? 1 : Math.max(2, Math.floor(word.length / 4));
  return editDistance(word.toLowerCase(), guess.toLowerCase()) <= limit ? guess : undefined;
}

function conditionsOf(criterion: Criterion): [Condition, Path][] {
  return [
    [criterion.when, ['when']],
    ...(criterion.risk_factors ?? []).map((factor, i): [Condition, Path] => [factor.when, ['risk_factors', i, 'when']]),
    ...(criterion.explain.clear_cases ?? []).map((entry, i): [Condition, Path] => [entry.when, ['explain', 'clear_cases', i, 'when']]),
  ];
}

function measuresOf(criterion: Criterion): { measure: string; path: Path }[] {
  return (criterion.mitigated_by ?? []).map((mitigator, i) =>
    typeof mitigator === 'string' ? { measure: mitigator, path: ['mitigated_by', i] } : { measure: mitigator.measure, path: ['mitigated_by', i, 'measure'] },
  );
}
