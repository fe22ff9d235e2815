/** Scheduling state of one card, stored with plain numbers (ms since epoch) so IndexedDB can index `due`. */
export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
  state: 0 | 1 | 2 | 3;
  lastReview?: number;
}

export type Rating = 1 | 2 | 3 | 4;
export const RATING_NAMES = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const;

/** One answer, as logged. */
export interface ReviewLog {
  rating: Rating;
  reviewedAt: number;
  durationMs: number;
  /** Whether the answer to the question itself was right (ratings are the learner's call). */
  correct?: boolean;
  questionKind?: string;
  stateBefore: CardState['state'];
  dueBefore: number;
  scheduledDays: number;
}
