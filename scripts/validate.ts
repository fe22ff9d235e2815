/**
 * Validator for pack and figure-record authors:
 *   npm run validate -- FILE...
 * Packs are .json; PFOCR figure records are .md, .yml, .yaml or .txt;
 * WikiPathways GPML files are .gpml (converted to a pack, with a report of
 * what was left out). Prints OK with a summary per valid file, or every problem with
 * file and location; exits 1 if any file is invalid.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { validatePackText, packSummary, PACK_LIMITS } from '../renderer/src/core/pack/validate-pack.ts';
import { parseFigureRecord, RECORD_LIMITS } from '../renderer/src/core/pfocr/parse-record.ts';
import { gpmlToPack } from '../renderer/src/core/gpml/gpml-to-pack.ts';
import { formatReport } from '../renderer/src/core/gpml/skip-report.ts';
import { XML_LIMITS } from '../renderer/src/core/gpml/xml-front-door.ts';
import type { Problem } from '../renderer/src/core/util/problem.ts';

type Outcome = { ok: true; summary: string } | { ok: false; problems: Problem[] };

function checkGpml(text: string): Outcome {
  const result = gpmlToPack(text);
  if (!result.ok) return result;
  const { pack, report } = result.value;
  const start = pack.nodes.find((n) => n.id === pack.stimulus)!;
  const head = `GPML ${result.value.model.schema} → ${packSummary(pack)}, ${pack.references.length} references; lesson starts at ${start.label}`;
  return { ok: true, summary: `${head}
${formatReport(report).replace(/^/gm, '      ')}` };
}

const RECORD_EXTENSIONS = new Set(['.md', '.yml', '.yaml', '.txt']);

async function check(file: string): Promise<Outcome> {
  const ext = extname(file).toLowerCase();
  const isPack = ext === '.json';
  const isGpml = ext === '.gpml';
  if (!isPack && !isGpml && !RECORD_EXTENSIONS.has(ext)) {
    return { ok: false, problems: [{ path: '(file)', message: `unknown kind of file "${ext || file}": expected .json (pack), .gpml (WikiPathways) or .md/.yml/.yaml/.txt (figure record)` }] };
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return { ok: false, problems: [{ path: '(file)', message: 'cannot be read (missing or not a file)' }] };
  }
  // Refuse before reading: a UTF-8 byte is at most one character.
  const limit = isGpml ? XML_LIMITS.maxChars : isPack ? PACK_LIMITS.maxChars : RECORD_LIMITS.maxChars;
  if (size > limit * 4) return { ok: false, problems: [{ path: '(file)', message: `is too large: ${size.toLocaleString('en')} bytes` }] };
  const text = await readFile(file, 'utf8');
  if (isGpml) return checkGpml(text);
  if (isPack) {
    const result = validatePackText(text);
    return result.ok ? { ok: true, summary: packSummary(result.value) } : result;
  }
  const result = parseFigureRecord(text);
  return result.ok
    ? { ok: true, summary: `figure record "${result.value.id}": ${result.value.keywords.length} keywords, caption ${result.value.caption.length} characters` }
    : result;
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run validate -- FILE...   (packs: .json; WikiPathways: .gpml; PFOCR figure records: .md .yml .yaml .txt)');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const outcome = await check(file);
    if (outcome.ok) console.log(`OK    ${file}  ${outcome.summary}`);
    else {
      failed++;
      console.log(`FAIL  ${file}`);
      for (const p of outcome.problems) console.log(`  ${file}: ${p.path}: ${p.message}`);
    }
  }
  if (files.length > 1) console.log(`${files.length - failed} valid, ${failed} invalid`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
