import { describe, expect, it } from 'vitest';
import { jsonSyntaxDiagnostic } from '../../src/loader/json-syntax.js';

describe('JSON syntax errors', () => {
  it('come from the JSON parser, at line and column', () => {
    const text = '{\n  "id": "A",\n  "date": "2026-03-01",,\n}';
    expect(jsonSyntaxDiagnostic('a.json', text)).toMatchObject({ code: 'json-syntax', location: { file: 'a.json', line: 3, column: 24 } });
  });

  it('find the position when the parser does not give it', () => {
    const diagnostic = jsonSyntaxDiagnostic('a.json', '{\n  "ok": tru\n}');
    expect(diagnostic?.location).toEqual({ file: 'a.json', line: 2, column: 12 });
    expect(diagnostic?.message).toMatch(/^unexpected character/);
  });

  it('say when the document ends early, and accept valid JSON', () => {
    expect(jsonSyntaxDiagnostic('a.json', '[{"id": "A"}')?.message).toContain('ends before it is complete');
    expect(jsonSyntaxDiagnostic('a.json', '[{"id": "A"}]')).toBeUndefined();
  });
});
