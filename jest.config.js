/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is tsc's job (npm run build / lint); jest only transpiles, which keeps the suite fast on 2 cores.
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/setup.ts'],
  testTimeout: 30000,
};
