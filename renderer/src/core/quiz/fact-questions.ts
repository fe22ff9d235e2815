import type { PackIndex } from '../graph/pack-index.ts';
import { containsWord, sameMolecule } from '../graph/relations.ts';
import { cleanCaption } from '../pack/clean-caption.ts';
import { agreesWithExperiment, runLab } from '../sim/compare.ts';
import { readoutBasis } from '../sim/certainty.ts';
import type { Choice, Question } from './question.ts';
import { assembleChoices } from './distractors.ts';
import { clozeItems } from './cloze.ts';
import { abbreviates, relatedTerms } from './abbreviates.ts';
import { pick, shuffle } from './random.ts';
import { lowerFirst } from './wording.ts';

const alnum = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Which human gene encodes X? Distractors: the partner's gene (swapped pair), neighbours' genes; never a cell-type marker. */
export function geneQuestions(index: PackIndex, random: () => number): Question[] {
  const out: Question[] = [];
  const asked = new Set<string>();
  const coding = (n: { genes?: { symbol: string; entrez?: number; note?: string }[] }) => (n.genes ?? []).filter((g) => !g.note?.includes('marker'));
  const allGenes = index.pack.nodes.flatMap((n) => coding(n).filter((g) => g.entrez).map((g) => ({ id: g.symbol, label: g.symbol })));
  // Single-gene nodes first, so GluA1 (not the four-gene AMPA receptor) is the one asked about GRIA1.
  const nodes = [...index.pack.nodes].sort((a, b) => (a.genes?.length ?? 0) - (b.genes?.length ?? 0));
  for (const n of nodes) {
    const genes = coding(n).filter((g) => g.entrez);
    const gene = genes[0];
    // Skip when the symbol spells the label (BDNF) or contains it (VEGF → VEGFA): the prompt would give it away.
    if (n.device || !gene || alnum(gene.symbol).includes(alnum(n.label)) || asked.has(gene.symbol)) continue;
    asked.add(gene.symbol);
    const own = new Set([...(n.genes ?? []), ...index.pack.nodes.filter((m) => sameMolecule(m, n)).flatMap((m) => m.genes ?? [])].map((g) => g.symbol));
    // Partners are what the figure links it to, not a modelling device's shortcut.
    const neighbours = [...index.inEdges.get(n.id)!.filter((e) => !e.device).map((e) => e.source), ...index.outEdges.get(n.id)!.filter((e) => !e.device).map((e) => e.target)];
    const partnerGenes: Choice[] = neighbours.flatMap((id) => coding(index.node(id)).map((g) => ({ id: g.symbol, label: g.symbol, misconception: `the gene of ${index.node(id).label}, its partner` })));
    const choices = assembleChoices({ id: gene.symbol, label: gene.symbol }, shuffle(partnerGenes, random).filter((c) => !own.has(c.id)), allGenes.filter((c) => !own.has(c.id)), 3, random);
    if (!choices) continue;
    const many = coding(n).length > 1;
    out.push({
      kind: 'choice', family: 'gene', kc: `gene:${n.id}`,
      prompt: many ? `Which human gene encodes part of ${n.label}?` : `Which human gene (HGNC symbol) encodes ${n.label}?`,
      choices, answer: gene.symbol, step: index.stepsOf(n.id)[0]?.id, nodes: [n.id],
      explanation: `${n.label}: ${genes.map((g) => `${g.symbol} (Entrez ${g.entrez})`).join(', ')}.`, evidence: n.evidence,
    });
  }
  return out;
}

/** "What does X stand for?" only for true abbreviations; never offers the expansion of a related term (GABA, GABAA). */
export function abbreviationQuestions(index: PackIndex, random: () => number): Question[] {
  const glossary = index.pack.glossary.filter((g) => g.kind === 'abbreviation' && abbreviates(g.term, g.expansion));
  return glossary.flatMap((g): Question[] => {
    const others = glossary.filter((o) => o.term !== g.term && !relatedTerms(o.term, g.term));
    const choices = assembleChoices({ id: g.term, label: g.expansion }, [], others.map((o) => ({ id: o.term, label: o.expansion })), 3, random);
    return choices
      ? [{ kind: 'choice', family: 'abbreviation', kc: `abbr:${g.term}`, prompt: `What does ${g.term} stand for?`, choices, answer: g.term, nodes: [], explanation: `${g.term}: ${g.expansion}.${g.definition ? ` ${g.definition}` : ''}` }]
      : [];
  });
}

/** Gaps in the caption as the student reads it; never a term that the title on screen already shows. */
export function captionQuestions(index: PackIndex, random: () => number): Question[] {
  const caption = index.pack.caption && cleanCaption(index.pack.caption);
  if (!caption) return [];
  const terms = [...index.pack.nodes.filter((n) => !n.device).map((n) => n.label), ...index.pack.glossary.map((g) => g.term)].filter((t) => !containsWord(index.pack.title, t, 'iu'));
  const byLabel = new Map(index.pack.nodes.map((n) => [n.label, n]));
  // Never "presynaptic TrkB and _____" with "TrkB (presynaptic)" on offer: no option the same
  // molecule as the answer or as a node the sentence already names.
  const unfair = (option: string, answer: string, sentence: string) => {
    const o = byLabel.get(option);
    if (!o) return false;
    const shown = index.pack.nodes.filter((n) => n.label === answer || containsWord(sentence, n.label, 'iu'));
    return shown.some((n) => sameMolecule(n, o));
  };
  // Wrong options of the answer's own kind (another molecule for a molecule) first.
  const rank = (option: string, answer: string) => {
    const [o, a] = [byLabel.get(option), byLabel.get(answer)];
    return o && a ? (o.kind === a.kind ? 0 : 1) : o || a ? 2 : 1;
  };
  return clozeItems(caption, terms, random, { unfair, rank }).map((c) => {
    const step = index.pack.steps.find((s) => s.caption && c.text.includes(s.caption.slice(0, 20)));
    const node = index.pack.nodes.find((n) => n.label === c.answer);
    return {
      kind: 'choice', family: 'cloze', kc: `cloze:${c.sentence}`, prompt: `Fill the gap in the figure caption: “${c.text}”`,
      choices: c.choices, answer: c.answer, step: step?.id, nodes: node ? [node.id] : [], explanation: `The caption reads “${c.answer}” here.`,
    } satisfies Question;
  });
}

export function handQuestions(index: PackIndex): Question[] {
  return index.pack.quiz.map((q) => {
    const labels = q.kind === 'true-false' ? ['True', 'False'] : q.choices!;
    return {
      kind: 'choice', family: 'hand', kc: `hand:${q.id}`, prompt: q.prompt,
      choices: labels.map((label, i) => ({ id: String(i), label })), answer: String(q.answer),
      step: q.step, nodes: q.step ? index.steps.get(q.step)!.nodes : [], explanation: q.explanation, evidence: q.evidence,
    } satisfies Question;
  });
}


/**
 * Predict a blocker: which outcomes are lost? Only interventions whose cited
 * experiment the model reproduces, and as options only readouts the
 * experiment measured or that follow from verified and established links;
 * the model's other predictions are named in the explanation as such.
 */
export function blockerQuestions(index: PackIndex, random: () => number): Question[] {
  const stimulus = index.node(index.pack.stimulus).label;
  return index.pack.interventions
    .filter((iv) => iv.evidence.status === 'verified' && iv.experiment?.stimulus && agreesWithExperiment(index, iv) === true)
    .flatMap((iv): Question[] => {
      const basis = readoutBasis(index, iv);
      const firm = basis.filter((b) => b.basis !== 'model');
      const lost = firm.filter((b) => !b.kept);
      const kept = firm.filter((b) => b.kept);
      if (!lost.length || !kept.length) return [];
      const options = shuffle([...pick(lost, 3, random), ...pick(kept, 3, random)], random);
      const predicted = basis.filter((b) => b.basis === 'model');
      const run = runLab(index, [iv]);
      const stop = run.firstStop ? `The signal stops at “${run.firstStop.step.title}”. ` : '';
      const list = (kept: boolean) => predicted.filter((b) => b.kept === kept).map((b) => b.label).join(', ');
      const parts = [list(false) && `lost: ${list(false)}`, list(true) && `kept: ${list(true)}`].filter(Boolean);
      const modelNote = parts.length ? ` Model predictions, not measured in this experiment (so not asked here) — ${parts.join('; ')}.` : '';
      return [{
        kind: 'multi', family: 'blocker', kc: `block:${iv.id}`,
        prompt: `${iv.name} is given with ${lowerFirst(stimulus)} (${lowerFirst(iv.mechanism)}). Which of these are lost?`,
        choices: options.map((b) => ({ id: b.node, label: b.label })), answers: options.filter((b) => !b.kept).map((b) => b.node),
        step: run.firstStop?.step.id, nodes: iv.targets.flatMap((t) => ('node' in t ? [t.node] : [])),
        explanation: `${stop}Published: ${iv.experiment!.finding}${modelNote}`,
        evidence: iv.evidence,
      }];
    });
}
