// Start-up: the explanation templates of criteria/att and its policy, and the default context (the UN
// embargoes, with the file position each one is cited from). Only texts and data are read here; the
// logic of every criterion is written by hand in criteria.ts.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/** The texts of one criterion, as its YAML file words them. */
export interface Texts {
  basis: string[];
  explain: Record<string, string>;
  tasks: Record<string, string>;
  licence: Record<string, string>;
  condition?: string;
}

/** A state profile with the positions its facts are cited from. */
export interface Profile {
  code: string;
  p: Record<string, any>;
  origin: string;
  findingOrigins: string[];
}

/** An embargo with its position in the context file. */
export interface Embargo {
  e: Record<string, any>;
  origin: string;
}

export interface Loaded {
  texts: Map<string, Texts>;
  policy: Record<string, any>;
  embargoes: Embargo[];
  states: Map<string, Profile>;
}

/** Reads a YAML file with positions; facts cite it as `shown:line:col` (relative to the working folder, as atra does). */
function located(path: string, shown: string): { doc: any; at: (path: (string | number)[]) => string } {
  const counter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
  return {
    doc: document.toJS(),
    at: at => {
      const node = document.getIn(at, true) as Node | undefined;
      const offset = node && (isMap(node) || isSeq(node) || node.range) ? node.range?.[0] ?? 0 : 0;
      const { line, col } = counter.linePos(offset);
      return `${shown}:${line}:${col}`;
    },
  };
}

/** A path as atra shows it: relative to the working folder when inside it, else as given. */
function shown(path: string): string {
  const inCwd = relative(process.cwd(), resolve(path));
  return !inCwd.startsWith('..') && !isAbsolute(inCwd) ? inCwd : path;
}

/** Loads texts, policy and the default context of the built-in set, then each `--context` folder over it. */
export function load(root: string, contexts: readonly string[] = []): Loaded {
  const texts = new Map<string, Texts>();
  const dir = `${root}criteria/att/criteria`;
  for (const name of readdirSync(dir).filter(n => n.endsWith('.yaml'))) {
    const c = located(join(dir, name), name).doc;
    texts.set(c.id, { basis: c.basis, explain: c.explain ?? {}, tasks: c.tasks ?? {}, licence: c.licence_conditions ?? {}, condition: c.condition });
  }
  const policy = located(`${root}criteria/att/policy.yaml`, 'policy.yaml').doc;
  // A later folder's embargo with the same id replaces the earlier one in its place, as in atra.
  const embargoes = new Map<string, Embargo>();
  const states = new Map<string, Profile>();
  for (const folder of [`${root}criteria/context/un`, ...contexts]) {
    for (const name of ['states.yaml', 'embargoes.yaml']) {
      const path = join(folder, name);
      if (!existsSync(path)) continue;
      const { doc, at } = located(path, shown(path));
      (doc.embargoes ?? []).forEach((e: Record<string, any>, i: number) => {
        embargoes.set(e.id, { e: { listed: [], exempt_end_user_types: [], directions: ['to'], ...e }, origin: at(['embargoes', i]) });
      });
      for (const [code, p] of Object.entries<any>(doc.states ?? {})) {
        states.set(code, { code, p, origin: at(['states', code]), findingOrigins: (p.findings ?? []).map((_: unknown, i: number) => at(['states', code, 'findings', i])) });
      }
    }
  }
  return { texts, policy, embargoes: [...embargoes.values()], states };
}
