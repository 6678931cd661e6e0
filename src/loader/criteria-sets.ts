import { compileCriteria, type CriteriaBundle } from '../engine/index.js';
import { formatPath } from '../diagnostics/index.js';
import { loadCriteria, type LoadedCriteria } from './criteria.js';

/**
 * Loads several sets given as repeated `--criteria`: later sets add criteria and replace those with
 * the same id, and the last set's policy decides. One set is just `loadCriteria`.
 */
export async function loadCriteriaSets(references: readonly string[], root?: string): Promise<LoadedCriteria> {
  if (references.length <= 1) return loadCriteria(references[0] ?? 'att', root);
  const loaded = await Promise.all(references.map(reference => loadCriteria(reference, root)));
  const diagnostics = loaded.flatMap(l => l.diagnostics);
  const files = loaded.flatMap(l => l.files);
  const documents = new Map(loaded.flatMap(l => [...l.documents]));
  const bundles = loaded.map(l => l.bundle).filter((b): b is CriteriaBundle => b !== undefined);
  const last = bundles.at(-1);
  if (diagnostics.length || !last || bundles.length !== loaded.length) return { files, diagnostics, documents };
  const criteria = new Map(bundles.flatMap(b => b.criteria.map(c => [c.criterion.id, c] as const)));
  const bundle: CriteriaBundle = {
    ...last,
    id: bundles.map(b => b.id).join('+'),
    version: bundles.map(b => b.version).join('+'),
    title: bundles.map(b => b.title).join(' + '),
    criteria: [...criteria.values()],
    disabled: bundles.flatMap(b => b.disabled),
    contexts: [...new Set(bundles.flatMap(b => b.contexts ?? []))],
  };
  // The merged set can fail where no single set did (a criterion's level that only an earlier set's
  // policy defined); each problem is located in the document it names, as one set's problems are.
  const { compiled, problems } = compileCriteria(bundle);
  const diagnosticsOfMerge = problems.map(p => ({
    code: p.code,
    severity: 'error' as const,
    message: p.message,
    hint: p.hint,
    path: formatPath(p.path),
    location: documents.get(p.file)?.locate(p.path) ?? { file: p.file, line: 1 },
  }));
  return { compiled: diagnosticsOfMerge.length ? undefined : compiled, bundle, files, documents, diagnostics: diagnosticsOfMerge };
}
