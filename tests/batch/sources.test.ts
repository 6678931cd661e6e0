import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sniffFormat } from '../../src/batch/sources.js';

describe('the format of standard input, from its content', () => {
  it('recognises NDJSON, JSON and YAML', () => {
    expect(sniffFormat(readFileSync('fixtures/batch/applications.ndjson', 'utf8'))).toBe('ndjson');
    expect(sniffFormat(readFileSync('fixtures/batch/applications.json', 'utf8'))).toBe('json');
    expect(sniffFormat(readFileSync('fixtures/applications/12-review-no-profile.json', 'utf8'))).toBe('json');
    expect(sniffFormat(readFileSync('fixtures/batch/applications.yaml', 'utf8'))).toBe('yaml');
    expect(sniffFormat('{"id": "A"}\n')).toBe('json');
    expect(sniffFormat('{"id": "A"\n')).toBe('json');
    // YAML flow style also starts with a brace, and stays YAML.
    expect(sniffFormat('{id: A, date: 2026-03-01, items: [{category: other, class: arm}]}\n')).toBe('yaml');
  });
});
