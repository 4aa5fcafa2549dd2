// `npm test`: every check in one run — lint, format, types, build, unit/component/tooling tests,
// browser tests — then one closing line "N passed, N failed" that CI reads. Each static check counts
// as one test. It goes on after a failure so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function countFromReport(label, path, read) {
  if (!existsSync(path)) {
    failed += 1;
    failures.push(`${label} (no report written)`);
    return;
  }
  const counts = read(JSON.parse(readFileSync(path, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed > 0) failures.push(`${label}: ${counts.failed} failed`);
  if (counts.passed + counts.failed === 0) {
    failed += 1;
    failures.push(`${label}: ran no test`);
  }
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/playwright.json', { force: true });

check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
check('format', bin('prettier'), ['--check', '.']);
check('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
const isBuilt = run('build', bin('vite'), ['build']);
if (isBuilt) passed += 1;
else {
  failed += 1;
  failures.push('build');
}

run('unit, component and tooling tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
countFromReport('vitest', 'test-results/vitest.json', (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0),
}));

if (isBuilt) {
  run('browser tests', bin('playwright'), ['test']);
  countFromReport('playwright', 'test-results/playwright.json', (report) => ({
    passed: report.stats.expected,
    failed: report.stats.unexpected + report.stats.flaky + report.stats.skipped,
  }));
} else {
  failed += 1;
  failures.push('browser tests (not run: the build failed)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
