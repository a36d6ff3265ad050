import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One real build of the sample catalogue, shared by every browser test file.
          globalSetup: ['tests/e2e/build-sample-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'differential',
          include: ['tests/differential/**/*.test.ts'],
          // Each file runs the real CLI and a reference tool over every sample file once.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
