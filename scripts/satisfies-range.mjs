// Does a version satisfy a package.json "engines" range? A small reader for
// the forms engines ranges use (`>=20.19`, `^22`, `~20.19.1`, `20.x`, spaces
// for AND, `||` for OR), so the preflight can run before any dependency is
// installed. Written in plain, old syntax so even a far too old Node can run
// it and say so. Returns null for a range it cannot read, so the caller can
// say exactly that instead of guessing.

const COMPARATOR = /^(>=|<=|>|<|=|\^|~)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/;

function parseVersion(version) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(version).trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

// One comparator becomes a list of [operator, version] tests, all of which must hold.
function expand(token) {
  const m = COMPARATOR.exec(token);
  if (!m) return null;
  const op = m[1] || '=';
  const wild = (part) => part === undefined || part === 'x' || part === '*';
  const major = Number(m[2]);
  const minorWild = wild(m[3]);
  const patchWild = minorWild || wild(m[4]);
  const minor = minorWild ? 0 : Number(m[3]);
  const patch = patchWild ? 0 : Number(m[4]);
  const low = [major, minor, patch];
  // First version above the wildcard part: 20 -> 21.0.0, 20.19 -> 20.20.0.
  const next = minorWild ? [major + 1, 0, 0] : [major, minor + 1, 0];

  if (op === '^') {
    // Caret allows changes that do not modify the left-most non-zero part.
    const upper = major > 0 || minorWild ? [major + 1, 0, 0] : minor > 0 || patchWild ? [0, minor + 1, 0] : [0, 0, patch + 1];
    return [['>=', low], ['<', upper]];
  }
  if (op === '~') return [['>=', low], ['<', patchWild ? next : [major, minor + 1, 0]]];
  if (op === '=') return patchWild ? [['>=', low], ['<', next]] : [['=', low]];
  if (op === '>') return [['>=', patchWild ? next : [major, minor, patch + 1]]];
  if (op === '<=') return [['<', patchWild ? next : [major, minor, patch + 1]]];
  return [[op, low]];
}

function holds(test, version) {
  const c = compare(version, test[1]);
  if (test[0] === '>=') return c >= 0;
  if (test[0] === '<') return c < 0;
  return c === 0;
}

/**
 * True or false for a readable range and version; null when either cannot be read.
 * `*` and an empty range accept every version.
 */
export function satisfiesRange(version, range) {
  const v = parseVersion(version);
  if (!v || typeof range !== 'string') return null;
  let any = false;
  for (const alternative of range.split('||')) {
    const tokens = alternative.trim().split(/\s+/).filter(Boolean);
    let all = true;
    for (const token of tokens) {
      if (token === '*' || token === 'x') continue;
      const tests = expand(token);
      if (!tests) return null;
      for (const test of tests) if (!holds(test, v)) all = false;
    }
    if (all) any = true;
  }
  return any;
}
