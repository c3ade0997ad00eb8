// ESM jest as in actions/typescript-action: ts-jest in ESM mode, run with --experimental-vm-modules.
const shared = {
  preset: 'ts-jest/presets/default-esm',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }],
  },
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  clearMocks: true,
};

/**
 * Two projects, split the way they run: `unit` needs neither Python nor moto (its endpoint is a
 * dead port, so nothing there can reach moto by accident); `e2e` starts one moto server for the run.
 * `npm test` runs both; `npm run test:unit` and `npm run test:e2e` select one.
 */
export default {
  // Three on two cores: the e2e suites spend much of their time waiting (on child processes, on
  // deadlines that must pass), so a third worker fills those waits; measured 670 s -> 560 s.
  maxWorkers: 3,
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/env.ts', '<rootDir>/test/support/env-unit.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/env.ts', '<rootDir>/test/support/env-e2e.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
  ],
};
