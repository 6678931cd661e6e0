import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

// Runs in a fresh process: counts every file the import opens and everything it prints.
const PROBE = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const touched = [];
for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'existsSync', 'statSync', 'readdirSync']) {
  const original = fs[name];
  fs[name] = (...args) => { touched.push(String(args[0])); return original(...args); };
}
syncBuiltinESMExports();
const write = process.stdout.write.bind(process.stdout);
let printed = '';
process.stdout.write = chunk => { printed += String(chunk); return true; };
process.stderr.write = chunk => { printed += String(chunk); return true; };
const api = await import(process.argv[1]);
write(JSON.stringify({ touched, printed, names: Object.keys(api).sort() }));
`;

describe('the public API (src/index.ts)', () => {
  it.skipIf(!existsSync(ENTRY))('imports in a fresh process without reading a file or printing', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, ENTRY], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { touched, printed, names } = JSON.parse(run.stdout) as { touched: string[]; printed: string; names: string[] };
    // CommonJS dependencies are loaded through fs (Node's loader reads them); anything else is a side effect.
    expect(touched.filter(path => !path.includes('/node_modules/'))).toEqual([]);
    expect(printed).toBe('');
    // The deliberate set: load, compile, assess, render, and the annual-report namespace.
    for (const name of ['loadSetup', 'loadCriteria', 'compileCriteria', 'assessRecord', 'assessFiles', 'buildReport', 'renderText', 'renderMarkdown', 'TransferRecordSchema', 'reporting']) {
      expect(names).toContain(name);
    }
    // Internals stay internal: the batch runtime, the lint runner and the command line are not exported.
    for (const name of ['runBatch', 'lintPaths', 'runCli', 'toolVersion']) expect(names).not.toContain(name);
  });
});
