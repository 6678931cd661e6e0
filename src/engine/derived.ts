import { articleOf, type Policy, type Status } from '../schema/index.js';
import type { Finding } from './types.js';
import { renderTemplate } from './template.js';
import type { Detail } from './evaluate-criterion.js';

type Derived = Policy['mitigation'] | Policy['overriding'];

function derivedFinding(spec: Derived, kind: string, status: Status, text: string, level?: string, basis: readonly string[] = spec.basis): Finding {
  return {
    criterion: spec.id,
    title: spec.title,
    basis,
    article: articleOf(spec.basis[0] ?? ''),
    kind,
    status,
    level,
    explanation: text,
    evidence: [],
  };
}

/** In compact mode only triggered and unknown findings are explained (see evaluate-criterion.ts). */
function renderer(detail: Detail): (template: string, bindings: Readonly<Record<string, unknown>>, needed: boolean) => string {
  return (template, bindings, needed) => (detail === 'full' || needed ? renderTemplate(template, bindings, {}) : '');
}

function list(findings: readonly Finding[], describe: (f: Finding) => string): string {
  return findings.map(describe).join('; ');
}

/** The mitigation basis for the articles of the risks it weighs (ATT 7 -> 7(2), ATT 11 -> 11(2)), in policy order. */
function basisOfRisks(spec: Policy['mitigation'], risks: readonly Finding[]): readonly string[] {
  const byArticle = spec.article_basis;
  if (!byArticle) return spec.basis;
  const articles = new Set(risks.map(f => f.article));
  const out: string[] = [];
  for (const [article, basis] of Object.entries(byArticle)) {
    if (articles.has(article)) for (const b of basis) if (!out.includes(b)) out.push(b);
  }
  return out.length ? out : spec.basis;
}

/**
 * ATT 7(2): were the identified risks met by agreed mitigation? Triggered when a risk on the scale
 * has none; clear when every one has; not applicable when no risk was identified.
 */
export function mitigationFinding(findings: readonly Finding[], policy: Policy, detail: Detail = 'full'): Finding {
  const render = renderer(detail);
  const spec = policy.mitigation;
  const risks = findings.filter(f => spec.articles.includes(f.article)).filter(f => f.status === 'triggered' && f.level !== undefined && policy.risk_scale.includes(f.level));
  const unmitigated = risks.filter(f => !f.mitigations?.length);
  const bindings = {
    risks: list(risks, f => `${f.criterion} (${f.level ?? ''})`),
    unmitigated: list(unmitigated, f => `${f.criterion} (${f.level ?? ''})`),
    mitigated: list(risks.filter(f => f.mitigations?.length), f => `${f.criterion}: ${f.level ?? ''} to ${f.residual_level ?? ''} by ${f.mitigations?.join(', ') ?? ''}`),
  };
  if (risks.length === 0) {
    const anyUnknown = findings.some(f => spec.articles.includes(f.article) && f.status === 'unknown' && (f.kind === 'risk' || f.kind === 'diversion'));
    const status: Status = anyUnknown ? 'unknown' : 'not-applicable';
    return derivedFinding(spec, 'procedural', status, render(anyUnknown ? spec.explain.unknown : spec.explain.not_applicable, bindings, anyUnknown));
  }
  const status: Status = unmitigated.length ? 'triggered' : 'clear';
  return derivedFinding(spec, 'procedural', status, render(spec.explain[status], bindings, status === 'triggered'), undefined, basisOfRisks(spec, risks));
}

/**
 * ATT 7(3): after mitigation, is a residual risk overriding? Triggered when any residual level of the
 * named kinds is at or above the policy's threshold; unknown when none is, but a risk could not be
 * assessed; not applicable when no such criterion applied.
 */
export function overridingFinding(findings: readonly Finding[], policy: Policy, detail: Detail = 'full'): Finding {
  const render = renderer(detail);
  const spec = policy.overriding;
  const kinds = new Set<string>(spec.kinds);
  const scale = policy.risk_scale;
  const threshold = scale.indexOf(spec.at_or_above);
  const relevant = findings.filter(f => kinds.has(f.kind) && spec.articles.includes(f.article));
  const overriding = relevant.filter(f => {
    const level = f.status === 'triggered' ? (f.residual_level ?? f.level) : undefined;
    return level !== undefined && scale.includes(level) && scale.indexOf(level) <= threshold;
  });
  const bindings = {
    overriding: list(overriding, f => `${f.criterion} (${f.basis.join(', ')}): residual ${f.residual_level ?? f.level ?? ''}`),
    unknown: list(relevant.filter(f => f.status === 'unknown'), f => f.criterion),
    threshold: spec.at_or_above,
  };
  if (overriding.length) return derivedFinding(spec, 'risk-decision', 'triggered', render(spec.explain.triggered, bindings, true), spec.level);
  if (relevant.every(f => f.status === 'not-applicable')) {
    return derivedFinding(spec, 'risk-decision', 'not-applicable', render(spec.explain.not_applicable, bindings, false));
  }
  const status: Status = relevant.some(f => f.status === 'unknown') ? 'unknown' : 'clear';
  return derivedFinding(spec, 'risk-decision', status, render(spec.explain[status], bindings, status === 'unknown'));
}
