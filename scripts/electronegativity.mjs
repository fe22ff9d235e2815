// Electron security audit with @doyensec/electronegativity over the built
// app (main, preload and renderer). The tool always exits 0, so this script
// reads its output and fails on any MEDIUM/HIGH finding (or one whose
// severity it cannot read) that electron/electronegativity-allowlist.json
// does not justify. Each entry justifies one piece of code (a snippet on the
// finding's line), and an entry that justifies nothing fails the audit too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryProblems, matchAllowlist } from './allowlist-match.mjs';

const VERSION = '1.10.3';
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
if (!existsSync('dist/electron/main.js') || !existsSync('dist/renderer/index.html')) {
  console.error('electronegativity: build first (npm run build)');
  process.exit(1);
}
mkdirSync('test-results', { recursive: true });
const run = (out) =>
  spawnSync('npx', ['-y', `@doyensec/electronegativity@${VERSION}`, '-i', 'dist', '-o', out, '-r', '-v', 'false', '-e', electronVersion], {
    encoding: 'utf8',
    timeout: 600_000,
  });
for (const out of ['test-results/electronegativity.csv', 'test-results/electronegativity.sarif']) {
  const r = run(out);
  if (r.status !== 0 || !existsSync(out)) {
    console.error(`electronegativity did not run:\n${r.stderr || r.error}`);
    process.exit(1);
  }
}

// SARIF lists every finding reliably; the CSV carries severity but the tool
// writes some rows malformed, so severities come from the rows that parse.
const sarif = JSON.parse(readFileSync('test-results/electronegativity.sarif', 'utf8'));
const severity = new Map();
for (const line of readFileSync('test-results/electronegativity.csv', 'utf8').split('\n')) {
  const m = /^([A-Z_]+_CHECK),"([A-Z]+)","[A-Z]+","([^"]*)","(\d+):/.exec(line);
  if (m) severity.set(`${m[1]}|${m[3]}|${m[4]}`, m[2]);
}
const allow = JSON.parse(readFileSync('electron/electronegativity-allowlist.json', 'utf8')).entries;
const malformed = entryProblems(allow);
if (malformed.length) {
  console.error(`electronegativity: the allowlist has malformed entries:\n  ${malformed.join('\n  ')}`);
  process.exit(1);
}
const files = new Map();
const lineOf = (file, line) => {
  if (!files.has(file)) files.set(file, existsSync(join('dist', file)) ? readFileSync(join('dist', file), 'utf8').split('\n') : []);
  return files.get(file)[line - 1] ?? '';
};

const findings = sarif.runs[0].results.map((r) => {
  const loc = r.locations[0].physicalLocation;
  const file = loc.artifactLocation.uri;
  const line = loc.region?.startLine ?? 0;
  return { check: r.ruleId, file, line, severity: severity.get(`${r.ruleId}|${file}|${line}`) ?? 'UNKNOWN' };
});
const gated = findings.filter((f) => f.severity !== 'LOW' && f.severity !== 'INFORMATIONAL');
const { justified, unused } = matchAllowlist(allow, findings, lineOf);
const unjustified = gated.filter((f) => !justified.has(f));

console.log(`electronegativity ${VERSION} (Electron ${electronVersion}): ${findings.length} findings`);
for (const f of findings) {
  const mark = f.severity === 'LOW' || f.severity === 'INFORMATIONAL' ? 'low' : unjustified.includes(f) ? 'FAIL' : 'allowlisted';
  console.log(`  ${mark.padEnd(11)} ${f.severity.padEnd(8)} ${f.check.padEnd(26)} ${f.file}:${f.line}`);
}
const high = gated.filter((f) => f.severity === 'HIGH').length;
const medium = gated.filter((f) => f.severity === 'MEDIUM').length;
for (const e of unused) console.log(`  UNUSED      allowlist entry ${e.check} in ${e.file}${e.snippet ? ` ("${e.snippet}")` : ` line ${e.line}`} matches no finding: review it again or remove it`);
console.log(`electronegativity: ${high} high, ${medium} medium, ${gated.length - high - medium} unknown; ${unjustified.length} not justified in the allowlist; ${unused.length} allowlist entries unused`);
process.exit(unjustified.length || unused.length ? 1 : 0);
