import { defineConfig } from 'vitest/config';

// Heavy hostile-input cases: hundreds of MB, a full disk, timing ratios. Run with `npm run test:heavy`
// (and by .ci/run); the normal suite stays fast.
export default defineConfig({
  test: {
    include: ['tests/hostile/heavy/**/*.heavy.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
