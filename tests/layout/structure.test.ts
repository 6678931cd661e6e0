import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { circles, importGraph, sourceFiles } from './import-graph.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('the import graph of src/', () => {
  const graph = importGraph(SRC);

  it('is read: every folder is there and imports resolve to files of src/', () => {
    expect(graph.size).toBeGreaterThan(100);
    const dangling = [...graph].flatMap(([file, targets]) => targets.filter(t => !graph.has(t)).map(t => `${file} -> ${t}`));
    expect(dangling).toEqual([]);
  });

  it('has no circle between files (type-only imports included)', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const probe = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(circles(probe)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});

describe('the files of src/', () => {
  it('are small: none over 200 lines (split by concept when one grows)', () => {
    const long = sourceFiles(SRC)
      .map(file => ({ file: relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > 200);
    expect(long).toEqual([]);
  });
});
