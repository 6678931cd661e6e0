import type { Diagnostic } from '../diagnostics/index.js';
import type { HashedFile, NationalDefinitions } from '../reporting/index.js';
import { readSource } from './read-source.js';
import { validateAt } from './validate.js';

/** Reads a national-definitions file (YAML or JSON); mistakes come back as diagnostics with positions. */
export async function loadNationalDefinitions(path: string): Promise<{ value?: NationalDefinitions & HashedFile; diagnostics: Diagnostic[] }> {
  let source;
  try {
    source = await readSource(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { diagnostics: [{ code: 'file-unreadable', severity: 'error', message: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`, hint: 'check the --national-definitions path', location: { file: path, line: 1 } }] };
  }
  const { parseLocated } = await import('./yaml-document.js');
  const document = parseLocated(source.file, source.text);
  if (document.diagnostics.length) return { diagnostics: [...document.diagnostics] };
  const { NationalDefinitionsSchema } = await import('./schemas.js');
  const { value, diagnostics } = validateAt(NationalDefinitionsSchema, document, document.value ?? {}, [], 'national-definitions');
  return value ? { value: { file: source.file, sha256: source.sha256, ...value }, diagnostics } : { diagnostics };
}
