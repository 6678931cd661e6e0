import { existsSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { formatLocation, type Diagnostic } from '../diagnostics/index.js';
import { parseLocated } from '../loader/index.js';
import { validateAt } from '../loader/index.js';
import { StatementSchema, StatementsFileSchema, type Statement } from '../casework/index.js';

/** The statements of an advice file, with the position of each; a missing file has none. */
export async function loadStatements(path: string): Promise<{ statements: Statement[]; positions: string[]; diagnostics: Diagnostic[] }> {
  if (!existsSync(path)) return { statements: [], positions: [], diagnostics: [] };
  const document = parseLocated(path, await readFile(path, 'utf8'));
  if (document.diagnostics.length) return { statements: [], positions: [], diagnostics: [...document.diagnostics] };
  const value = document.value ?? [];
  const result = validateAt(StatementsFileSchema, document, value, [], 'advice');
  if (!result.value) return { statements: [], positions: [], diagnostics: result.diagnostics };
  const positions = result.value.map((_, index) => formatLocation(document.locate([index])));
  return { statements: result.value, positions, diagnostics: [] };
}

/**
 * Appends one statement to an advice file, as one more item of its YAML list: the file is only ever
 * added to, so earlier statements (and the hashes countersignatures name) stay as they were.
 */
export async function appendStatement(path: string, statement: Statement): Promise<void> {
  const checked = StatementSchema.parse(statement);
  const text = stringify([checked], { lineWidth: 0 });
  const existing = existsSync(path) ? await readFile(path, 'utf8') : '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await appendFile(path, `${separator}${text}`);
}
