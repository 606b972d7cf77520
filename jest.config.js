/**
 * One jest run for the server side: unit (*.spec.ts), integration against a real PostgreSQL
 * (*.int-spec.ts), HTTP end-to-end (*.e2e-spec.ts) and browser tests (*.browser-spec.ts).
 * The global setup starts the embedded PostgreSQL when DATABASE_URL is unset and prepares a
 * migrated template database that each test file clones.
 */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/apps/worker', '<rootDir>/apps/web/e2e', '<rootDir>/migrations'],
  testRegex: '.*\\.(spec|int-spec|e2e-spec|browser-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: {
    '^@veraz/migrations$': '<rootDir>/migrations/index.ts',
    '^@veraz/standards-data/(.*)$': '<rootDir>/standards/$1',
    '^@veraz/(.*)$': '<rootDir>/libs/$1/src',
  },
  globalSetup: '<rootDir>/libs/testing/dist/jest/global-setup.js',
  globalTeardown: '<rootDir>/libs/testing/dist/jest/global-teardown.js',
  testTimeout: 60_000,
  maxWorkers: 2,
};
