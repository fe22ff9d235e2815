import { describe, expect, it } from 'vitest';
import { SerialTask } from './serial-task.ts';

describe('a task run one at a time', () => {
  it('never overlaps, and a request during a run is served by one more run after it', async () => {
    let active = 0;
    let most = 0;
    const runs: number[] = [];
    let release: () => void = () => {};
    const task = new SerialTask(async () => {
      active++;
      most = Math.max(most, active);
      runs.push(runs.length);
      await new Promise<void>((r) => (release = r));
      active--;
    });
    const first = task.run();
    const second = task.run();
    const third = task.run();
    release();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await Promise.all([first, second, third]);
    expect(runs).toEqual([0, 1]);
    expect(most).toBe(1);
  });
});
