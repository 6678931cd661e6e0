import { afterAll, expect, vi } from 'vitest';

// Test files share their worker processes (vitest.config.ts: isolate false), so a file that changes
// the process's global state must put it back. This check runs after every file and names the leak.
const cwd = process.cwd();
const env = { ...process.env };

afterAll(() => {
  expect(process.cwd(), 'a test file left the working folder changed').toBe(cwd);
  expect({ ...process.env }, 'a test file left the environment changed').toEqual(env);
  expect(vi.isFakeTimers(), 'a test file left fake timers on').toBe(false);
});
