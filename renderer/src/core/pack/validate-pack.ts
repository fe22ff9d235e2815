import * as v from 'valibot';
import { joinPath, type Checked, type Problem } from '../util/problem.ts';
import { parseJsonSafely } from '../util/safe-json.ts';
import { PathwayPack } from './schema.ts';
import { semanticProblems } from './semantic-checks.ts';

export const PACK_LIMITS = { maxChars: 5_000_000, maxDepth: 32 };

function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  if (issue.type === 'strict_object' && keys.length && issue.expected === 'never') {
    const key = keys[keys.length - 1];
    return { path: joinPath(keys.slice(0, -1)), message: `unknown field ${JSON.stringify(key)}` };
  }
  if (issue.type === 'union' && issue.issues?.length) {
    // The first branch's complaint is usually the informative one.
    return issueToProblem(issue.issues[0]!);
  }
  let message = issue.message;
  if (issue.received === 'undefined' && /^Invalid (type|key)/.test(message)) message = 'is required';
  return { path: joinPath(keys), message: message.replace(/^Invalid type: /, 'wrong type: ') };
}

/** Schema + cross-reference checks on already-parsed data. */
export function checkPack(data: unknown): Checked<PathwayPack> {
  const parsed = v.safeParse(PathwayPack, data, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, 50).map(issueToProblem) };
  const problems = semanticProblems(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.output };
}

/** Whole pipeline from file text: size, depth and key limits, JSON, schema, cross-references. */
export function validatePackText(text: string): Checked<PathwayPack> {
  const json = parseJsonSafely(text, PACK_LIMITS);
  return json.ok ? checkPack(json.value) : json;
}

export function packSummary(pack: PathwayPack): string {
  const db = pack.provenance.database;
  // A database pathway is known by its title and record (its version number is only the revision, and it has no authored tools).
  if (db) return `pathway "${pack.title}" (${db.name} ${db.id}${db.revision ? `, revision ${db.revision}` : ''}): ${pack.nodes.length} nodes, ${pack.edges.length} links, ${pack.steps.length} steps`;
  return `pack "${pack.id}" v${pack.version}: ${pack.nodes.length} nodes, ${pack.edges.length} edges, ${pack.steps.length} steps, ${pack.interventions.length} interventions`;
}
