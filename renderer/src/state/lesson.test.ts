import { describe, expect, it } from 'vitest';
import { Lesson } from './lesson.svelte.ts';
import { bundledPathway, ketaminePack } from '../core/test-fixtures.ts';

describe('the open lesson', () => {
  it('an authored lesson keeps its steps: no start to choose, the lab keeps its own tools, one index for all', () => {
    const lesson = new Lesson();
    const pack = ketaminePack();
    lesson.open(pack, 'bdnf');
    expect(lesson.choosable).toBe(false);
    expect(lesson.start).toBeUndefined();
    expect(lesson.candidates).toEqual([]);
    expect(lesson.pack).toBe(pack);
    expect(lesson.index!.pack).toBe(pack);
    expect(lesson.quizIndex!.pack).toBe(pack);
    expect(lesson.labIndex!.pack).toBe(pack);
  });

  it('a WikiPathways lesson starts where the learner chooses; the quiz keeps the pack as stored', () => {
    const lesson = new Lesson();
    const pack = bundledPathway('WP2380');
    lesson.open(pack, undefined);
    expect(lesson.choosable).toBe(true);
    // The bundled lesson starts at TrkB (NTRK2), which the picker lists.
    expect(lesson.candidates.map((c) => c.node)).toContain(pack.stimulus);
    const other = lesson.candidates.find((c) => c.node !== pack.stimulus && c.reach > 3)!;
    lesson.start = other.node;
    expect(lesson.pack!.stimulus).toBe(other.node);
    expect(lesson.index!.pack.steps[0]!.nodes).toEqual([other.node]);
    expect(lesson.quizIndex!.pack).toBe(pack);
    // The lab gets a model tool per entity and readouts that follow the chosen start.
    expect(lesson.labIndex!.pack.interventions.length).toBeGreaterThan(10);
    expect(lesson.labIndex!.pack.readouts.every((r) => r.node !== other.node)).toBe(true);
    expect(lesson.labIndex!.pack.steps).toEqual(lesson.index!.pack.steps);
  });

  it('a remembered start that no longer exists is forgotten', () => {
    const lesson = new Lesson();
    const pack = bundledPathway('WP1471');
    lesson.open(pack, 'no-such-node');
    expect(lesson.start).toBeUndefined();
    expect(lesson.pack).toBe(pack);
  });
});
