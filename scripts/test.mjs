#!/usr/bin/env node
// `npm test`: builds, lints (ESLint counts as one passed or one failed check), runs the server suite
// (jest: unit, integration, HTTP e2e, browser) and the web suite (vitest), then prints one plain
// line "N passed, N failed" (CI reads only that line).
// Without DATABASE_URL the suite starts its own embedded PostgreSQL; without REDIS_URL jobs use
// BullMQ's PostgreSQL backend. With DATABASE_OWNER_URL (the owner) and DATABASE_URL (the app's login),
// tests create databases as the owner and run the app as that login; with DATABASE_URL alone (a
// superuser), it is the owner and the app runs as veraz_test_app (libs/testing/src/jest/global-setup.ts). Extra arguments are passed to jest (e.g. `npm test -- apps/api/test/auth`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const serverOnly = args.includes('--server-only');
const skipLint = args.includes('--skip-lint');
const jestArgs = args.filter((a) => !['--skip-build', '--server-only', '--skip-lint'].includes(a));
const outDir = path.join(root, '.test-output');
fs.mkdirSync(outDir, { recursive: true });

const run = (command, argv, cwd = root) => spawnSync(command, argv, { cwd, stdio: 'inherit', env: process.env }).status ?? 1;
const counts = { passed: 0, failed: 0 };
const finish = () => {
  fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(counts));
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed > 0 ? 1 : 0);
};

if (!skipBuild && run('npm', ['run', 'build']) !== 0) {
  console.error('La compilación falló.');
  counts.failed += 1;
  finish();
}

// Lint counts as one check: eslint prints its findings itself.
if (skipLint) {
  // CI's second pass: the first one linted the same files.
} else if (run('npm', ['run', 'lint', '--silent']) === 0) counts.passed += 1;
else {
  console.error('El análisis estático (ESLint) encontró problemas.');
  counts.failed += 1;
}

/** Adds a jest-compatible JSON report to the counts; a runner that crashed counts as one failure. */
function tally(file, status, label) {
  if (!fs.existsSync(file)) {
    console.error(`${label}: no produjo reporte (código ${status}).`);
    counts.failed += 1;
    return;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  if (status !== 0 && (report.numFailedTests ?? 0) === 0 && (report.numRuntimeErrorTestSuites ?? 0) === 0) counts.failed += 1;
}

const jestReport = path.join(outDir, 'jest.json');
fs.rmSync(jestReport, { force: true });
const jestStatus = run(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), '--json', `--outputFile=${jestReport}`, ...jestArgs]);
tally(jestReport, jestStatus, 'jest');

if (!serverOnly) {
  const vitestReport = path.join(outDir, 'vitest.json');
  fs.rmSync(vitestReport, { force: true });
  const web = path.join(root, 'apps/web');
  const vitestStatus = run(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], web);
  tally(vitestReport, vitestStatus, 'vitest');
}
finish();
