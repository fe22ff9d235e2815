// Runs the Playwright suite, then prints what the list reporter hides: every
// skipped test with its reason, and one closing line of totals.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = 'test-results/e2e.json';
rmSync(report, { force: true });
const cli = 'node_modules/@playwright/test/cli.js';
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });

if (!existsSync(report)) {
  console.error('e2e: no report was written');
  process.exit(result.status || 1);
}
const json = JSON.parse(readFileSync(report, 'utf8'));
const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
const skipped = [];
const walk = (suite, path) => {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      const status = t.status === 'expected' ? 'passed' : t.status === 'unexpected' ? 'failed' : t.status;
      counts[status] = (counts[status] ?? 0) + 1;
      if (t.status === 'skipped') {
        const reason = [...(t.annotations ?? [])].reverse().find((a) => a.type === 'skip')?.description ?? 'no reason given';
        skipped.push(`${[...path, spec.title].join(' › ')}: ${reason}`);
      }
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
};
for (const s of json.suites ?? []) walk(s, [s.title]);
if (skipped.length) {
  console.log('\nSkipped e2e tests:');
  for (const s of skipped) console.log(`  - ${s}`);
}
console.log(`\ne2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${counts.flaky ? `, ${counts.flaky} flaky` : ''}`);
process.exit(result.status ?? 1);
