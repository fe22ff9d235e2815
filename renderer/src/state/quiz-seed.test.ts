import { afterAll, describe, expect, it } from 'vitest';
import { sessionSeeds } from './session-seed.ts';
import { QuizState } from './quiz.svelte.ts';
import { PathwayDb } from '../store/db.ts';
import { PackIndex } from '../core/graph/pack-index.ts';
import { packQuestions } from '../core/quiz/generate.ts';
import { ketaminePack } from '../core/test-fixtures.ts';

describe('where a session\'s order comes from', () => {
  it('a seed in the address gives a fixed sequence', () => {
    const next = sessionSeeds('?seed=7');
    expect([next(), next(), next()]).toEqual([7, 8, 9]);
  });
  it.each(['', '?seed=', '?seed=abc', '?seed=0', '?seed=-3', '?seed=1.5', '?other=4'])('%j falls back to the clock', (search) => {
    let t = 1000;
    const next = sessionSeeds(search, () => t++);
    expect([next(), next()]).toEqual([1000, 1001]);
  });
});

describe('quiz sessions are repeatable from their seed', () => {
  const db = new PathwayDb('quiz-seed');
  afterAll(() => db.delete());
  const index = new PackIndex(ketaminePack());
  const deck = { id: index.pack.id, title: index.pack.title, questions: packQuestions(index) };
  async function session(seed: number): Promise<string[]> {
    const quiz = new QuizState({ db: () => db, retention: () => 0.9, seeds: sessionSeeds(`?seed=${seed}`) });
    await quiz.open(deck);
    await quiz.start('quiz', 10);
    return quiz.questions.map((q) => `${q.kc}: ${q.prompt}`);
  }
  it('the same seed asks the same questions in the same order; another seed does not', async () => {
    const a = await session(42);
    expect(a).toHaveLength(10);
    expect(await session(42)).toEqual(a);
    expect(await session(43)).not.toEqual(a);
  });
});
