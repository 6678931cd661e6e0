import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LINT_RULES } from '../../src/diagnostics/lint-rules.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

const PAGES = ['README.md', ...markdownFiles('docs')];

describe('the documentation', () => {
  it('keeps the README a short index (at most 250 lines)', () => {
    expect(readFileSync('README.md', 'utf8').split('\n').length).toBeLessThanOrEqual(250);
  });

  it.each(PAGES)('%s links only to files that exist', page => {
    const text = readFileSync(page, 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      expect(existsSync(resolve(dirname(page), target!)), `${page} → ${target}`).toBe(true);
    }
  });

  it('has a page for every lint rule and every code the loaders use', () => {
    const codes = new Set(LINT_RULES.map(rule => rule.code));
    // An annual report's left-out reasons are not diagnostics: docs/annual-report.md lists them (below).
    const sources = readdirSync('src', { recursive: true }).map(String).filter(f => f.endsWith('.ts') && !f.startsWith('reporting'));
    for (const file of sources) {
      for (const [, code] of readFileSync(join('src', file), 'utf8').matchAll(/code: '([a-z0-9-]+)'/g)) if (code !== 'custom') codes.add(code!);
    }
    for (const code of codes) expect(existsSync(`docs/codes/${code}.md`), code).toBe(true);
  });

  it('lists every reason an annual report leaves a record out', () => {
    const page = readFileSync('docs/annual-report.md', 'utf8');
    for (const file of readdirSync('src/reporting').filter(f => f.endsWith('.ts'))) {
      for (const [, code] of readFileSync(join('src/reporting', file), 'utf8').matchAll(/code: '([a-z0-9-]+)'/g)) expect(page, code).toContain(`\`${code}\``);
    }
  });

  it('names the package atra-att everywhere it is installed or imported, and never runs npx atra', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8'))).toMatchObject({ name: 'atra-att', bin: { atra: './bin/atra.js' } });
    // docs/install.md is the one page that warns against both, so it names them.
    for (const page of [...PAGES.filter(p => p !== join('docs', 'install.md')), 'docs/criteria-ci.yml']) {
      const text = readFileSync(page, 'utf8');
      expect(text, page).not.toMatch(/npx atra|npm (install|i) (--global |-g )?atra(\s|$)|from 'atra'/);
    }
    expect(readFileSync('docs/library.md', 'utf8')).toContain("from 'atra-att'");
  });

  it('the README quick start runs the checkout\'s own CLI (not npx, which reinstalls) and answers', () => {
    const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
    const assess = /^npm ci && (node bin\/atra\.js assess \S+)/m.exec(block)?.[1];
    expect(assess).toBeDefined();
    const [command, ...args] = assess!.split(' ');
    const started = Date.now();
    const run = spawnSync(command === 'node' ? process.execPath : command!, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Recommendation: PROHIBITED');
    // Measured at 0.4 to 1 s on the project machine; the bound leaves room for a loaded CI runner.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
