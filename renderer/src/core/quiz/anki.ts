import type { Question } from './question.ts';

const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

function back(q: Question): string {
  switch (q.kind) {
    case 'choice':
      return q.choices.find((c) => c.id === q.answer)!.label;
    case 'multi':
      return `Lost: ${q.choices.filter((c) => q.answers.includes(c.id)).map((c) => c.label).join(', ')}`;
    case 'order':
      return q.answer.map((id) => q.items.find((i) => i.id === id)!.label).join(' → ');
    case 'match':
      return Object.entries(q.answer).map(([l, r]) => `${q.left.find((c) => c.id === l)!.label} – ${q.right.find((c) => c.id === r)!.label}`).join('; ');
    case 'locate':
      return q.explanation;
    case 'flashcard':
      return q.back;
  }
}

function front(q: Question): string {
  if (q.kind === 'order') return `${q.prompt} ${q.items.map((i) => i.label).join(' / ')}`;
  if (q.kind === 'multi') return `${q.prompt} ${q.choices.map((c) => c.label).join(' / ')}`;
  return q.prompt;
}

/**
 * Cards as a tab-separated text file Anki imports (File → Import): one note per
 * knowledge component, front and back, with the explanation on the back.
 */
export function ankiText(deckTitle: string, questions: readonly Question[]): string {
  const seen = new Set<string>();
  const lines = ['#separator:tab', '#html:false', '#notetype:Basic', `#deck:Pathway Explorer::${clean(deckTitle).replace(/::/g, ':')}`];
  for (const q of questions) {
    if (seen.has(q.kc) || q.kind === 'locate') continue;
    seen.add(q.kc);
    const b = back(q);
    lines.push(`${clean(front(q))}\t${clean(b === q.explanation ? b : `${b} — ${q.explanation}`)}`);
  }
  return `${lines.join('\n')}\n`;
}
