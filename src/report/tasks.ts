import type { RecordResult } from '../engine/index.js';

/** The officer tasks a report lists, and how many it leaves out because they cannot change the outcome. */
export interface ReportTasks {
  readonly tasks: readonly string[];
  readonly omitted: number;
}

/**
 * The tasks that still matter for the recommendation. A prohibition (ATT 6) stands whatever the other
 * facts turn out to be, so only the tasks of the criteria that set it are listed: establishing the
 * profile of an embargoed state for ATT 7 cannot change a prohibited transfer. The JSON report keeps
 * every task.
 */
export function tasksThatMatter(result: Pick<RecordResult, 'decision' | 'decided_by' | 'findings' | 'tasks'>): ReportTasks {
  if (result.decision !== 'prohibited') return { tasks: result.tasks, omitted: 0 };
  const deciding = new Set(result.decided_by);
  const kept = new Set(result.findings.filter(f => deciding.has(f.criterion) && f.task).map(f => f.task as string));
  const tasks = result.tasks.filter(task => kept.has(task));
  return { tasks, omitted: result.tasks.length - tasks.length };
}

/** The line that says why tasks were left out, or undefined when none were. */
export function omittedTasksNote(omitted: number): string | undefined {
  if (omitted === 0) return undefined;
  return `${omitted} other open question(s) cannot change a prohibition and are not listed here; the JSON report has them.`;
}
