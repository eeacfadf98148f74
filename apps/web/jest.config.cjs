const { createCjsPreset } = require('jest-preset-angular/presets');

/** Web unit tests: components and services in jsdom (jest-preset-angular, zoneless). */
module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  displayName: 'web',
  maxWorkers: require('../../jest.workers.cjs'),
  rootDir: __dirname,
  setupFiles: ['<rootDir>/jest.web-platform.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts', '<rootDir>/src/test-locale.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // A page's first test compiles its templates: seconds on a loaded 2-core machine.
  testTimeout: 30000,
  moduleNameMapper: { '^@vigie/shared$': '<rootDir>/../../libs/shared/src/browser.ts' },
};
