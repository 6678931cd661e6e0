/** What a trainee is shown for one criterion: the same question every time, with the criterion as context. */
export interface ExerciseQuestion {
  /** `ATT 7(1)(b)(ii): Serious violations of international human rights law`. */
  readonly heading: string;
  /** The criterion's own plain question, which may be worded either way round. */
  readonly asks: string;
  /** What "it applies" (triggered) means for this criterion, in words without the record's facts. */
  readonly appliesWhen: string;
}

/** The one question of every exercise step: yes always means triggered, whatever the criterion's wording. */
export const EXERCISE_PROMPT = 'Does this risk or prohibition apply?';

/** The answers, in the order they are offered. */
export const EXERCISE_CHOICES = [
  { name: 'Yes, it applies (triggered)', value: 'triggered' },
  { name: 'No, it does not apply (clear)', value: 'clear' },
  { name: 'Cannot tell from the application and context', value: 'cannot-tell' },
] as const;

/** Generic words for the placeholders of a "triggered" explanation, so the condition reads without a record. */
const GENERIC: Readonly<Record<string, string>> = {
  'finding.body': 'a competent body',
  'finding.actor': 'the forces or body concerned',
  'finding.date': 'some date',
  // The state a criterion's test names differs (authorizing, exporting, end user's): the question says which.
  'state.name': 'the state concerned',
  'state.armed_conflict': 'internal or international',
  'embargo.title': 'an arms embargo',
};

interface QuestionSource {
  readonly basis: readonly string[];
  readonly title: string;
  readonly question: string;
  readonly explain: { readonly triggered: string };
}

/** Builds the question for a criterion (or a policy's derived finding). Pure. */
export function exerciseQuestion(spec: QuestionSource): ExerciseQuestion {
  return { heading: `${spec.basis.join(', ')}: ${spec.title}`, asks: oneLine(spec.question), appliesWhen: conditionOf(spec.explain.triggered) };
}

/** The first sentence of the triggered explanation, with the record's facts replaced by generic words. */
function conditionOf(template: string): string {
  const sentence = oneLine(template).split(/(?<=\.)\s/)[0] ?? '';
  const text = sentence
    // A list of the record's own items after a colon ("risks without mitigation: {{unmitigated}}") is dropped.
    .replace(/:\s*\{\{[^}]+\}\}\.?$/, '.')
    // So is a parenthesis that only carries the record's facts ("(target {{embargo.target}})").
    .replace(/\s*\([^()]*\{\{[^}]+\}\}[^()]*\)/g, '')
    .replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_, name: string) => GENERIC[name] ?? 'the fact concerned');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
