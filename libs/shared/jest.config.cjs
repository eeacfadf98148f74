/** Unit tests of the pure shared rules: milliseconds, no I/O. */
module.exports = {
  displayName: 'shared',
  maxWorkers: require('../../jest.workers.cjs'),
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
};
