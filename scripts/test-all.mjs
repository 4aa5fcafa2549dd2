// `npm test`: every check in one run — lint, format, types, build, unit/component/tooling tests,
// browser tests in Chromium (Playwright) and in WebKit (WebKitWebDriver) — then the time each part
// took and one closing line "N passed, N failed" that CI reads. Each static check counts as one test.
// It goes on after a failure so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];
/** How long each part took, printed at the end: [part, seconds]. */
const timings = [];

function run(label, command, args, { env = {}, part = label } = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push([part, (Date.now() - started) / 1000]);
  return result.status === 0;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
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
rmSync('test-results/webkit.json', { force: true });

check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
check('format', bin('prettier'), ['--check', '.']);
check('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
const isBuilt = run('build', bin('vite'), ['build']);
if (isBuilt) passed += 1;
else {
  failed += 1;
  failures.push('build');
}

run(
  'unit, component and tooling tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
  { part: 'vitest' },
);
countFromReport('vitest', 'test-results/vitest.json', (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0),
}));

if (isBuilt) {
  run('browser tests', bin('playwright'), ['test'], { part: 'playwright' });
  countFromReport('playwright', 'test-results/playwright.json', (report) => ({
    passed: report.stats.expected,
    failed: report.stats.unexpected + report.stats.flaky + report.stats.skipped,
  }));
} else {
  failed += 1;
  failures.push('browser tests (not run: the build failed)');
}

// WebKit (the engine behind Safari) through Debian's WebKitWebDriver under xvfb-run: never skipped.
// Without the packages it fails, and says how to install them.
const webkitMissing = ['WebKitWebDriver', 'xvfb-run'].filter((command) => !onPath(command));
if (!isBuilt) {
  failed += 1;
  failures.push('WebKit tests (not run: the build failed)');
} else if (webkitMissing.length > 0) {
  const hint = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb';
  console.error(`\n✖ WebKit tests cannot run: ${webkitMissing.join(' and ')} not found. Install them with:\n  ${hint}`);
  failed += 1;
  failures.push(`WebKit tests (${webkitMissing.join(' and ')} missing: ${hint})`);
} else {
  run(
    'WebKit tests',
    bin('vitest'),
    [
      'run',
      '--config',
      'tests/webkit/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=test-results/webkit.json',
    ],
    { part: 'webkit' },
  );
  countFromReport('webkit', 'test-results/webkit.json', (report) => ({
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0),
  }));
}

console.log('\nTime per part:');
for (const [part, seconds] of timings) console.log(`  ${part.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s`);
const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`  ${'total'.padEnd(10)} ${total.toFixed(1).padStart(6)} s`);

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
