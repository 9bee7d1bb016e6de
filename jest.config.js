/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	setupFiles: ['<rootDir>/test/helpers/environment.ts'],
	testTimeout: 60_000,
	// The engine tests share one binary-data folder per worker; two workers keep CI fast on 2 cores.
	maxWorkers: 2,
};
