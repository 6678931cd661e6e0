// Start-up: the explanation templates of criteria/att and its policy, and the default context (the UN
// embargoes, with the file position each one is cited from). Only texts and data are read here; the
// logic of every criterion is written by hand in criteria.ts.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
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

function located(root: string, rel: string): { doc: any; at: (path: (string | number)[]) => string } {
  const counter = new LineCounter();
  const document = parseDocument(readFileSync(`${root}${rel}`, 'utf8'), { lineCounter: counter });
  return {
    doc: document.toJS(),
    at: path => {
      const node = document.getIn(path, true) as Node | undefined;
      const offset = node && (isMap(node) || isSeq(node) || node.range) ? node.range?.[0] ?? 0 : 0;
      const { line, col } = counter.linePos(offset);
      return `${rel}:${line}:${col}`;
    },
  };
}

/** Loads texts, policy and the default context of the built-in set. */
export function load(root: string): Loaded {
  const texts = new Map<string, Texts>();
  const dir = `${root}criteria/att/criteria`;
  for (const name of readdirSync(dir).filter(n => n.endsWith('.yaml'))) {
    const c = located(root, `criteria/att/criteria/${name}`).doc;
    texts.set(c.id, { basis: c.basis, explain: c.explain ?? {}, tasks: c.tasks ?? {}, licence: c.licence_conditions ?? {}, condition: c.condition });
  }
  const policy = located(root, 'criteria/att/policy.yaml').doc;
  const embargoes: Embargo[] = [];
  const states = new Map<string, Profile>();
  for (const folder of ['un']) {
    const base = `criteria/context/${folder}/`;
    if (existsSync(`${root}${base}embargoes.yaml`)) {
      const { doc, at } = located(root, `${base}embargoes.yaml`);
      (doc.embargoes as any[]).forEach((e, i) => {
        embargoes.push({ e: { listed: [], exempt_end_user_types: [], directions: ['to'], ...e }, origin: at(['embargoes', i]) });
      });
    }
    if (existsSync(`${root}${base}states.yaml`)) {
      const { doc, at } = located(root, `${base}states.yaml`);
      for (const [code, p] of Object.entries<any>(doc.states ?? {})) {
        states.set(code, { code, p, origin: at(['states', code]), findingOrigins: (p.findings ?? []).map((_: unknown, i: number) => at(['states', code, 'findings', i])) });
      }
    }
  }
  return { texts, policy, embargoes, states };
}
