import { FAMILY_NAMES, type Question } from './question.ts';

const mark = (on: boolean) => (on ? '[x]' : '[ ]');

/** One question as plain text: prompt, options with the key marked, the explanation and its evidence. */
export function questionText(q: Question, n: number): string {
  const lines = [`${n}. [${FAMILY_NAMES[q.family]}] ${q.prompt}`];
  switch (q.kind) {
    case 'choice':
      q.choices.forEach((c) => lines.push(`   ${mark(c.id === q.answer)} ${c.label}${c.misconception ? `   (wrong: ${c.misconception})` : ''}`));
      break;
    case 'multi':
      q.choices.forEach((c) => lines.push(`   ${mark(q.answers.includes(c.id))} ${c.label}`));
      break;
    case 'order':
      lines.push(`   shown: ${q.items.map((i) => i.label).join(' / ')}`);
      lines.push(`   key:   ${q.answer.map((id) => q.items.find((i) => i.id === id)!.label).join(' → ')}`);
      break;
    case 'match':
      for (const [l, r] of Object.entries(q.answer)) lines.push(`   ${q.left.find((c) => c.id === l)!.label} — ${q.right.find((c) => c.id === r)!.label}`);
      break;
    case 'locate':
      lines.push(`   key: the node “${q.node}”`);
      break;
    case 'flashcard':
      lines.push(`   back: ${q.back}`);
      break;
  }
  lines.push(`   why: ${q.explanation}`);
  if (q.evidence) lines.push(`   evidence: ${q.evidence.status}${q.evidence.refs.length ? ` (${q.evidence.refs.join(', ')})` : ''}`);
  return lines.join('\n');
}

/** The whole bank, grouped by family, numbered, for a teacher to read in one go. */
export function bankText(title: string, questions: readonly Question[]): string {
  const families = [...new Set(questions.map((q) => q.family))];
  const out = [`Question bank: ${title}`, `${questions.length} questions in ${families.length} families`, ''];
  let n = 0;
  for (const f of families) {
    const group = questions.filter((q) => q.family === f);
    out.push(`== ${FAMILY_NAMES[f]} (${group.length}) ==`, '');
    for (const q of group) out.push(questionText(q, ++n), '');
  }
  return out.join('\n');
}
