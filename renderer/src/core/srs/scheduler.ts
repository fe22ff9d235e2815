import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { CardState, Rating, ReviewLog } from './card.ts';

import { clampRetention, RETENTION } from './retention.ts';

const toCard = (s: CardState): Card => ({
  due: new Date(s.due),
  stability: s.stability,
  difficulty: s.difficulty,
  elapsed_days: s.elapsedDays,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state,
  last_review: s.lastReview === undefined ? undefined : new Date(s.lastReview),
});

const fromCard = (c: Card): CardState => ({
  due: c.due.getTime(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state as CardState['state'],
  ...(c.last_review ? { lastReview: c.last_review.getTime() } : {}),
});

export interface Preview {
  rating: Rating;
  next: CardState;
  /** Milliseconds until the card is due again if this rating is chosen. */
  intervalMs: number;
}

/** FSRS via ts-fsrs; deterministic (no fuzz) so previews match what is stored. */
export class Scheduler {
  private readonly f: FSRS;
  constructor(readonly retention: number = RETENTION.default) {
    this.f = fsrs(generatorParameters({ request_retention: clampRetention(retention), enable_fuzz: false }));
  }

  newCard(now: number): CardState {
    return fromCard(createEmptyCard(new Date(now)));
  }

  /** The four outcomes, for buttons that show their interval before they are pressed. */
  preview(card: CardState, now: number): Preview[] {
    const log = this.f.repeat(toCard(card), new Date(now));
    return ([1, 2, 3, 4] as const).map((rating) => {
      const next = fromCard(log[rating as Grade].card);
      return { rating, next, intervalMs: next.due - now };
    });
  }

  rate(card: CardState, rating: Rating, now: number, durationMs: number, correct?: boolean): { card: CardState; log: ReviewLog } {
    const next = fromCard(this.f.next(toCard(card), new Date(now), rating as Grade).card);
    return {
      card: next,
      log: { rating, reviewedAt: now, durationMs, correct, stateBefore: card.state, dueBefore: card.due, scheduledDays: next.scheduledDays },
    };
  }

  /**
   * Probability of recall (0–1) at time `at` without another review (FSRS
   * retrievability; `at` may lie in the future). A new card has none, nor
   * does a card whose last review time is unknown.
   */
  recall(card: CardState, at: number): number | undefined {
    if (card.state === 0 || card.lastReview === undefined) return undefined;
    return this.f.get_retrievability(toCard(card), new Date(at), false);
  }
}

export function formatInterval(ms: number): string {
  const min = Math.max(1, Math.round(ms / 60000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h`;
  const d = Math.round(h / 24);
  if (d < 31) return `${d} d`;
  const mo = Math.round(d / 30);
  if (mo < 12) return `${mo} mo`;
  return `${(d / 365).toFixed(1)} y`;
}
