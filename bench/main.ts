// Benchmark harness (not part of the app): runs the app's own core modules
// and Cytoscape.js in the same browser, for `npm run bench`.
import cytoscape from 'cytoscape';
import { PackIndex } from '../renderer/src/core/graph/pack-index.ts';
import { checkPack } from '../renderer/src/core/pack/validate-pack.ts';
import { runLab } from '../renderer/src/core/sim/compare.ts';
import { packQuestions } from '../renderer/src/core/quiz/generate.ts';
import { planSession } from '../renderer/src/core/quiz/plan.ts';
import { rng } from '../renderer/src/core/quiz/random.ts';
import { Scheduler } from '../renderer/src/core/srs/scheduler.ts';
import { PathwayDb } from '../renderer/src/store/db.ts';
import { countDue, dueCards } from '../renderer/src/store/cards.ts';

const index = (pack: unknown) => {
  const r = checkPack(pack);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  return new PackIndex(r.value);
};
const time = (fn: () => unknown, runs: number) =>
  Array.from({ length: runs }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });

const api = {
  simulate(pack: unknown, runs: number): number[] {
    const idx = index(pack);
    const ivs = idx.pack.interventions;
    runLab(idx, ivs.slice(0, 1));
    return time(() => runLab(idx, ivs.slice(0, 1)), runs);
  },
  nextCard(pack: unknown, runs: number): number[] {
    const idx = index(pack);
    const questions = packQuestions(idx);
    const s = new Scheduler(0.9);
    const cards = new Map(questions.slice(0, 80).map((q, i) => [q.kc, s.rate(s.newCard(0), 3, 1000 * i, 1000, true).card]));
    return time(() => {
      const now = Date.now();
      const [q] = planSession({ questions, cards, now, count: 1, mode: 'quiz' }, rng(now % 1000));
      s.preview(cards.get(q!.kc) ?? s.newCard(now), now);
    }, runs);
  },
  async dueQuery(logs: number, cardsN: number, runs: number): Promise<{ query: number[]; count: number[]; due: number; total: number }> {
    const db = new PathwayDb('bench-due');
    await db.delete();
    await db.open();
    const now = Date.now();
    const DAY = 86_400_000;
    const cards = Array.from({ length: cardsN }, (_, i) => ({ id: `p|kc${i}`, packId: 'p', kc: `kc${i}`, due: now + (i % 7 - 3) * DAY, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 3, lapses: 0, state: 2 as const, lastReview: now - DAY }));
    await db.cards.bulkAdd(cards);
    for (let i = 0; i < logs; i += 20000) {
      await db.reviews.bulkAdd(Array.from({ length: Math.min(20000, logs - i) }, (_, j) => ({ cardId: `p|kc${(i + j) % cardsN}`, packId: 'p', rating: 3 as const, reviewedAt: now - (i + j) * 60000, durationMs: 3000, stateBefore: 2 as const, dueBefore: now, scheduledDays: 3 })));
    }
    const query: number[] = [];
    const count: number[] = [];
    let due = 0;
    for (let r = 0; r < runs; r++) {
      let t = performance.now();
      due = (await dueCards(db, 'p', now, 50)).length;
      query.push(performance.now() - t);
      t = performance.now();
      await countDue(db, 'p', now);
      count.push(performance.now() - t);
    }
    const total = await countDue(db, 'p', now);
    db.close();
    return { query, count, due, total };
  },
  async cytoscape(elements: { nodes: { id: string; x: number; y: number; w: number; h: number; label: string }[]; edges: { id: string; source: string; target: string }[] }, width: number, height: number) {
    const el = document.getElementById('cy')!;
    el.style.width = `${width}px`;
    el.style.height = `${height}px`;
    const t0 = performance.now();
    const cy = cytoscape({
      container: el,
      elements: [
        ...elements.nodes.map((n) => ({ data: { id: n.id, label: n.label, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
        ...elements.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
      ],
      layout: { name: 'preset' },
      style: [
        { selector: 'node', style: { shape: 'round-rectangle', width: 'data(w)', height: 'data(h)', label: 'data(label)', 'text-valign': 'center', 'font-size': 17, 'background-color': '#ffffff', 'border-width': 1.4, 'border-color': '#5b6270' } },
        { selector: 'edge', style: { width: 1.7, 'line-color': '#5b6270', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#5b6270', 'curve-style': 'straight' } },
      ],
    });
    await new Promise<void>((res) => cy.one('render', () => res()));
    await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    const firstRender = performance.now() - t0;
    (window as unknown as { cy: unknown }).cy = cy;
    return { firstRender };
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.title = 'bench ready';
