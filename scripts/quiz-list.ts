/**
 * Prints a whole question bank, readably, for a teacher to review at once:
 *   npm run quiz:list                      (the bundled ketamine pack)
 *   npm run quiz:list -- PACK.json [--seed N]
 *   npm run quiz:list -- RECORD.md [--seed N]   (a PFOCR figure record on its own)
 * Ends with any rule the bank breaks (the same rules the unit tests enforce).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { validatePackText } from '../renderer/src/core/pack/validate-pack.ts';
import { parseFigureRecord } from '../renderer/src/core/pfocr/parse-record.ts';
import { PackIndex } from '../renderer/src/core/graph/pack-index.ts';
import { packQuestions } from '../renderer/src/core/quiz/generate.ts';
import { figureQuestions } from '../renderer/src/core/quiz/figure-questions.ts';
import { rng } from '../renderer/src/core/quiz/random.ts';
import { bankText } from '../renderer/src/core/quiz/bank-text.ts';
import { packViolations, recordViolations, type Violation } from '../renderer/src/core/quiz/rules.ts';
import type { Question } from '../renderer/src/core/quiz/question.ts';
import type { Problem } from '../renderer/src/core/util/problem.ts';

const DEFAULT = 'assets/bundle/packs/ketamine-deyama2019.pack.json';

function fail(file: string, problems: Problem[]): number {
  console.error(`${file} is not valid:`);
  for (const p of problems) console.error(`  ${p.path}: ${p.message}`);
  return 1;
}

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--seed');
  const seed = at >= 0 ? Number(args[at + 1]) : 1;
  // The value after --seed is not a file (without --seed, every plain argument may be).
  const file = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1))[0] ?? DEFAULT;
  if (!Number.isInteger(seed)) {
    console.error('usage: npm run quiz:list -- [PACK.json | RECORD.md] [--seed N]');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    console.error(`${file}: cannot be read (missing or not a file)`);
    return 2;
  }
  let title: string;
  let questions: Question[];
  let violations: Violation[];
  if (extname(file).toLowerCase() === '.json') {
    const r = validatePackText(text);
    if (!r.ok) return fail(file, r.problems);
    const index = new PackIndex(r.value);
    title = `${r.value.title} (pack ${r.value.id} v${r.value.version}, seed ${seed})`;
    questions = packQuestions(index, seed);
    violations = packViolations(index, questions);
  } else {
    const r = parseFigureRecord(text);
    if (!r.ok) return fail(file, r.problems);
    title = `${r.value.title ?? r.value.id} (figure record, seed ${seed})`;
    questions = figureQuestions(r.value, rng(seed));
    violations = recordViolations(r.value, questions);
  }
  console.log(bankText(title, questions));
  console.log(`== Rule check: ${violations.length} violation${violations.length === 1 ? '' : 's'} ==`);
  for (const v of violations) console.log(`  ${v.rule}  ${v.kc}: ${v.message}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
