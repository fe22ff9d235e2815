import type { PackIndex } from '../graph/pack-index.ts';
import { agreesWithExperiment, runLab } from '../sim/compare.ts';
import type { Choice, Question } from './question.ts';
import { assembleChoices } from './distractors.ts';
import { clozeItems } from './cloze.ts';
import { pick, shuffle } from './random.ts';

/** Which human gene encodes X? Distractors: the partner's gene (swapped pair), neighbours' genes. */
export function geneQuestions(index: PackIndex, random: () => number): Question[] {
  const out: Question[] = [];
  const asked = new Set<string>();
  const allGenes = index.pack.nodes.flatMap((n) => (n.genes ?? []).filter((g) => g.entrez && !g.note?.includes('marker')).map((g) => ({ id: g.symbol, label: g.symbol })));
  // Single-gene nodes first, so GluA1 (not the four-gene AMPA receptor) is the one asked about GRIA1.
  const nodes = [...index.pack.nodes].sort((a, b) => (a.genes?.length ?? 0) - (b.genes?.length ?? 0));
  for (const n of nodes) {
    const genes = (n.genes ?? []).filter((g) => g.entrez);
    const gene = genes[0];
    if (!gene || gene.symbol === n.label.toUpperCase() || asked.has(gene.symbol)) continue;
    asked.add(gene.symbol);
    const own = new Set((n.genes ?? []).map((g) => g.symbol));
    const neighbours = [...index.inEdges.get(n.id)!.map((e) => e.source), ...index.outEdges.get(n.id)!.map((e) => e.target)];
    const partnerGenes: Choice[] = neighbours.flatMap((id) => (index.node(id).genes ?? []).map((g) => ({ id: g.symbol, label: g.symbol, misconception: `the gene of ${index.node(id).label}, its partner` })));
    const choices = assembleChoices(
      { id: gene.symbol, label: gene.symbol },
      shuffle(partnerGenes, random).filter((c) => !own.has(c.id)),
      allGenes.filter((c) => !own.has(c.id)),
      3,
      random,
    );
    if (!choices) continue;
    const many = (n.genes ?? []).length > 1;
    out.push({
      kind: 'choice', family: 'gene', kc: `gene:${n.id}`,
      prompt: many ? `Which human gene encodes part of ${n.label}?` : `Which human gene (HGNC symbol) encodes ${n.label}?`,
      choices, answer: gene.symbol, step: index.stepsOf(n.id)[0]?.id, nodes: [n.id],
      explanation: `${n.label}: ${genes.map((g) => `${g.symbol} (Entrez ${g.entrez})`).join(', ')}.`, evidence: n.evidence,
    });
  }
  return out;
}

export function abbreviationQuestions(index: PackIndex, random: () => number): Question[] {
  const glossary = index.pack.glossary;
  return glossary.flatMap((g): Question[] => {
    const choices = assembleChoices({ id: g.term, label: g.expansion }, [], glossary.filter((o) => o.term !== g.term).map((o) => ({ id: o.term, label: o.expansion })), 3, random);
    return choices
      ? [{ kind: 'choice', family: 'abbreviation', kc: `abbr:${g.term}`, prompt: `What does ${g.term} stand for?`, choices, answer: g.term, nodes: [], explanation: `${g.term}: ${g.expansion}.${g.definition ? ` ${g.definition}` : ''}` }]
      : [];
  });
}

export function captionQuestions(index: PackIndex, random: () => number): Question[] {
  const caption = index.pack.caption;
  if (!caption) return [];
  const terms = [...index.pack.nodes.map((n) => n.label), ...index.pack.glossary.map((g) => g.term)];
  return clozeItems(caption, terms, random).map((c) => {
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
 * Predict a blocker: which outcomes are lost? The key is the simulation, and
 * only interventions whose verified experiment the model reproduces are used,
 * so a quiz answer is never a bare model guess.
 */
export function blockerQuestions(index: PackIndex, random: () => number): Question[] {
  const stimulus = index.node(index.pack.stimulus).label;
  return index.pack.interventions
    .filter((iv) => iv.evidence.status === 'verified' && iv.experiment?.observed?.stimulus && agreesWithExperiment(index, iv) === true)
    .flatMap((iv): Question[] => {
      const run = runLab(index, [iv], { detail: 'advanced' });
      const produced = run.readouts.filter((r) => r.baseline);
      const lostR = produced.filter((r) => !r.kept);
      const keptR = produced.filter((r) => r.kept);
      if (!lostR.length || !keptR.length) return [];
      const options = shuffle([...pick(lostR, 3, random), ...pick(keptR, 3, random)], random);
      const answers = options.filter((r) => !r.kept).map((r) => r.readout.node);
      return [{
        kind: 'multi', family: 'blocker', kc: `block:${iv.id}`,
        prompt: `${iv.name} is given with ${stimulus.toLowerCase()} (${iv.mechanism.toLowerCase()}). Which of these are lost?`,
        choices: options.map((r) => ({ id: r.readout.node, label: r.readout.label })), answers,
        step: run.firstStop?.step.id, nodes: iv.targets.flatMap((t) => ('node' in t ? [t.node] : [])),
        explanation: `The signal stops at step ${run.firstStop?.stepNumber}, “${run.firstStop?.step.title}”. Published: ${iv.experiment!.finding}`,
        evidence: iv.evidence,
      }];
    });
}
