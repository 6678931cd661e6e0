import { dirname, join } from 'node:path';
import { formatLocation, type Diagnostic } from '../diagnostics/index.js';
import { readSource } from '../loader/index.js';
import { parseLocated } from '../loader/index.js';
import { validateAt } from '../loader/index.js';
import { DeterminationsFileSchema, type SourcedDetermination } from '../casework/index.js';

/** Determinations read from one or more files, in order, with where each was written. */
export interface LoadedDeterminations {
  readonly entries: SourcedDetermination[];
  readonly files: { file: string; sha256: string }[];
  /** The record files the determination files name (`records:`), resolved against each file's folder. */
  readonly recordFiles: string[];
  readonly diagnostics: Diagnostic[];
}

/** Reads determination files. A file that does not load is a diagnostic: the case cannot be assessed on it. */
export async function loadDeterminationFiles(paths: readonly string[]): Promise<LoadedDeterminations> {
  const out: LoadedDeterminations = { entries: [], files: [], recordFiles: [], diagnostics: [] };
  for (const path of paths) {
    let source;
    try {
      source = await readSource(path);
    } catch {
      out.diagnostics.push({ code: 'file-not-found', severity: 'error', message: `cannot read determinations file ${path}`, hint: 'check the path given to --determinations', location: { file: path, line: 1 } });
      continue;
    }
    const document = parseLocated(source.file, source.text);
    if (document.diagnostics.length) {
      out.diagnostics.push(...document.diagnostics);
      continue;
    }
    const result = validateAt(DeterminationsFileSchema, document, document.value, [], 'determinations');
    if (!result.value) {
      out.diagnostics.push(...result.diagnostics);
      continue;
    }
    out.files.push({ file: source.file, sha256: source.sha256 });
    out.recordFiles.push(...(result.value.records ?? []).map(file => join(dirname(path), file)));
    result.value.determinations.forEach((determination, index) => {
      out.entries.push({ determination, origin: formatLocation(document.locate(['determinations', index])) });
    });
  }
  return out;
}
