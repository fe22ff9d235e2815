// Matching electronegativity findings against the reviewed allowlist
// (electron/electronegativity-allowlist.json). An entry names the check, the
// file (a glob) and the code it justifies: a snippet that must appear on the
// finding's line (or the line number itself). A finding elsewhere in the same
// file is not covered, and an entry that covers nothing is an error: the code
// it was written for has changed, so the review must be redone.

const glob = (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** Problems with the entries themselves (missing fields, no snippet or line). */
export function entryProblems(entries) {
  const problems = [];
  entries.forEach((e, i) => {
    for (const field of ['check', 'file', 'why']) if (typeof e[field] !== 'string' || !e[field]) problems.push(`entry ${i}: "${field}" is required`);
    if (typeof e.snippet !== 'string' && !Number.isInteger(e.line)) problems.push(`entry ${i} (${e.check} in ${e.file}): give the code it justifies ("snippet") or its "line"`);
    if (typeof e.snippet === 'string' && e.snippet.trim().length < 8) problems.push(`entry ${i} (${e.check} in ${e.file}): the snippet is too short to identify the code`);
  });
  return problems;
}

/**
 * Which findings each entry covers. `lineOf(file, line)` returns the source
 * line a finding points at.
 */
export function matchAllowlist(entries, findings, lineOf) {
  const covers = (e, f) =>
    e.check === f.check &&
    glob(e.file).test(f.file) &&
    (!Number.isInteger(e.line) || e.line === f.line) &&
    (typeof e.snippet !== 'string' || lineOf(f.file, f.line).includes(e.snippet));
  const justified = new Set();
  const unused = [];
  for (const e of entries) {
    const hits = findings.filter((f) => covers(e, f));
    if (!hits.length) unused.push(e);
    for (const f of hits) justified.add(f);
  }
  return { justified, unused };
}
