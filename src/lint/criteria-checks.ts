import { basename } from 'node:path';
import { RECORD_FIELD_PATHS, fieldValues, isReservedKey, walkCondition, type Condition, type LeafCondition, type RecordList } from '../schema/index.js';
import { templatePlaceholders, type CriteriaBundle } from '../engine/index.js';
import { formatPath, type Diagnostic } from '../diagnostics/index.js';
import type { LocatedDocument } from '../loader/index.js';
import { ruleFor } from '../diagnostics/index.js';

/** Names the engine binds for templates, besides record fields. */
const BOUND_NAMES = new Set(['embargo', 'finding', 'state', 'missing', 'reason', 'risks', 'unmitigated', 'mitigated', 'overriding', 'unknown', 'threshold', 'basis', 'instrument']);
const RECORD_ROOTS = new Set(RECORD_FIELD_PATHS.map(path => path.split('.')[0]));

type Path = (string | number)[];

/** Semantic checks on a loaded set's own criteria: constant conditions, placeholders, file names. */
export function checkCriteriaSemantics(bundle: CriteriaBundle, documents: ReadonlyMap<string, LocatedDocument>, ownFiles: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { criterion, file } of bundle.criteria) {
    if (!ownFiles.has(file)) continue;
    const document = documents.get(file);
    const at = (code: string, path: Path, message: string, hint?: string): void => {
      const rule = ruleFor(code);
      out.push({ code, severity: rule.severity, message, hint, path: formatPath(path), location: document?.locate(path) ?? { file, line: 1 } });
    };
    if (basename(file).replace(/\.ya?ml$/, '') !== criterion.id) {
      at('id-file-mismatch', ['id'], `criterion "${criterion.id}" is in ${basename(file)}`, `rename the file to ${criterion.id}.yaml`);
    }
    checkCondition(criterion.when, ['when'], at);
    const { clear_cases: clearCases, ...texts } = criterion.explain;
    const templates: [Path, string][] = [
      ...Object.entries(texts).map(([status, template]): [Path, string] => [['explain', status], template ?? '']),
      ...(clearCases ?? []).map((entry, i): [Path, string] => [['explain', 'clear_cases', i, 'text'], entry.text]),
    ];
    (clearCases ?? []).forEach((entry, i) => checkCondition(entry.when, ['explain', 'clear_cases', i, 'when'], at));
    for (const [path, template] of templates) {
      for (const placeholder of templatePlaceholders(template)) {
        const segments = placeholder.split(/[.[\]]/).filter(Boolean);
        const root = segments[0] ?? '';
        const internal = segments.find(isReservedKey);
        if (internal !== undefined) {
          at('internal-placeholder', path, `{{${placeholder}}} names the object internal "${internal}"`, 'name a record field or a bound fact; internals always print (not stated)');
        } else if (!BOUND_NAMES.has(root) && !RECORD_ROOTS.has(root)) {
          at('unknown-placeholder', path, `{{${placeholder}}} is neither a bound fact nor a record field`, `use a record field such as {{end_user.state}} or one of {{${[...BOUND_NAMES].join('}}, {{')}}}`);
        }
      }
    }
  }
  return out;
}

type Report = (code: string, path: Path, message: string, hint?: string) => void;

function checkCondition(condition: Condition, path: Path, report: Report): void {
  walkCondition(condition, path, (leaf, at, list) => checkLeaf(leaf, [...at], list, report));
}

function checkLeaf(condition: LeafCondition, path: Path, list: RecordList | undefined, report: Report): void {
  if (!('field' in condition)) return;
  const values = fieldValues(condition.field, list);
  if (!values) return;
  const possible = new Set<unknown>(values);
  const listed = condition.equals !== undefined ? [condition.equals] : (condition.in ?? condition.not_in);
  if (!listed) return;
  const impossible = listed.filter(value => !possible.has(value));
  if (impossible.length) {
    report('condition-never', path, `${condition.field} can never be ${impossible.map(v => JSON.stringify(v)).join(', ')}`, `use one of ${values.map(String).join(', ')}`);
  }
  const covers = values.every(value => listed.includes(value));
  if (covers && condition.in) report('condition-always', path, `${condition.field} in [...] lists every value, so it holds whenever the field is present`, 'use present: true if that is what you mean');
  if (covers && condition.not_in) report('condition-never', path, `${condition.field} not_in [...] lists every value, so it can never hold`);
}
