import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { assessFiles } from '../../src/usecases/assess-files.js';
import { renderJson, renderMarkdown, renderText } from '../../src/report/index.js';

// Golden files: reviewers read the real report in the diff. Update with `npx vitest -u` and review.
const GOLDEN = ['06-refuse-ihl', '03-mitigated-organized-crime', '11-incomplete-no-end-user'];

describe.each(GOLDEN)('report for %s', name => {
  it('matches the golden text, JSON and Markdown', async () => {
    const { report } = await assessFiles({
      files: [`fixtures/applications/${name}.yaml`],
      criteria: [],
      context: ['training'],
      defaultContext: true,
      assessedAt: '2026-11-22T00:00:00.000Z',
      readStdin: async () => '',
    });
    await expect(renderText(report!, new Chalk({ level: 0 }))).toMatchFileSnapshot(`../../fixtures/golden/${name}.txt`);
    await expect(renderJson(report!)).toMatchFileSnapshot(`../../fixtures/golden/${name}.json`);
    await expect(renderMarkdown(report!)).toMatchFileSnapshot(`../../fixtures/golden/${name}.md`);
  });
});
