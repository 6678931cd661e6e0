import { describe, expect, it } from 'vitest';
import { formatFactValue } from '../../src/report/fact-value.js';
import { groupByArticle } from '../../src/report/articles.js';
import { runInProcess } from '../helpers/run-cli.js';

describe('reports that read well', () => {
  it('an empty list prints as "none stated", not `flags = ` with nothing after it', async () => {
    expect(formatFactValue([])).toBe('none stated');
    expect(formatFactValue(['apmbc', 'ccm'])).toBe('apmbc, ccm');
    expect(formatFactValue(false)).toBe('false');
    const { stdout } = await runInProcess(['checklist', '--case', 'fixtures/applications/08-prohibited-un-embargo.yaml']);
    expect(stdout).toContain('items[0].flags = none stated');
    expect(stdout).not.toMatch(/ = \(/);
  });

  it('with an overlay, groups go instrument by instrument: all ATT, then all EU CP', async () => {
    const order = groupByArticle([{ article: 'EU CP Criterion 1' }, { article: 'ATT 2' }, { article: 'EU CP Criterion 2' }, { article: 'ATT 7' }, { article: 'EU CP Art 4' }, { article: 'ATT 11' }]).map(([a]) => a);
    expect(order).toEqual(['ATT 2', 'ATT 7', 'ATT 11', 'EU CP Criterion 1', 'EU CP Criterion 2', 'EU CP Art 4']);
    const { stdout } = await runInProcess(['assess', 'fixtures/applications/06-refuse-ihl.yaml', '--criteria', 'eu-cp', '--context', 'training', '--format', 'markdown']);
    const headings = [...stdout.matchAll(/^### (ATT|EU CP)/gm)].map(m => m[1]);
    expect(headings.indexOf('EU CP')).toBeGreaterThan(headings.lastIndexOf('ATT'));
  });

  it('a prohibited decision lists only the tasks that still matter', async () => {
    const { stdout } = await runInProcess(['assess', 'fixtures/applications/08-prohibited-un-embargo.yaml']);
    expect(stdout).toContain('1. Refuse the application (ATT 6(1))');
    expect(stdout).not.toContain('Establish context profile');
    expect(stdout).toContain('11 other open question(s) cannot change a prohibition');
    const json = JSON.parse((await runInProcess(['assess', 'fixtures/applications/08-prohibited-un-embargo.yaml', '--format', 'json'])).stdout);
    expect(json.results[0].tasks.length).toBe(12);
  });

  it('the checklist gives several lines to write on per criterion, not one', async () => {
    const { stdout } = await runInProcess(['checklist']);
    const sections = stdout.split(/^### /m).slice(1);
    expect(sections).toHaveLength(28);
    for (const section of sections) expect(section.match(/^_{20,}$/gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});
