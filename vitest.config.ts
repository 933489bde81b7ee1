import { defineConfig } from 'vitest/config';

// chinese-days and every date in core assume China's time zone (MACHINE-NOTES.md); forked workers inherit this.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
