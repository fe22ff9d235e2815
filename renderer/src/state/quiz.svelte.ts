import type { PathwayDb, StoredCard, StoredReview } from '../store/db.ts';
import { countReviews, deckCards, deckReviews, dueCards, recordReview } from '../store/cards.ts';
import { watchQuery } from '../store/live.ts';
import type { CardState, Rating } from '../core/srs/card.ts';
import type { Preview, Scheduler } from '../core/srs/scheduler.ts';
import type { Family, Question } from '../core/quiz/question.ts';
import { gradeAnswer, type Answer, type Grade } from '../core/quiz/grade.ts';
import { planSession, type PlanMode } from '../core/quiz/plan.ts';
import { rng } from '../core/quiz/random.ts';
import { forgettingKey, lastRatings, strengthOf, type Strength } from '../core/srs/strength.ts';
import { sessionSeeds } from './session-seed.ts';

/** A set of questions with its own cards: a pack, or a figure record on its own (ids: core/srs/deck-ids.ts). */
export interface Deck {
  id: string;
  title: string;
  questions: Question[];
}

export interface Answered {
  question: Question;
  grade: Grade;
  rating: Rating;
}

export interface QuizDeps {
  db: () => PathwayDb;
  retention: () => number;
  /** Called after each stored answer with the rows stored (the app writes its automatic backup). */
  saved?: (card: StoredCard, review: StoredReview) => void;
  /** Where each session's random order comes from (see session-seed.ts: tests fix it). */
  seeds?: () => number;
}

/** A quiz or review session, and the deck's spaced-repetition cards as stored (kept current). */
export class QuizState {
  phase = $state<'start' | 'asking' | 'feedback' | 'summary'>('start');
  deck = $state.raw<Deck | undefined>();
  questions = $state.raw<Question[]>([]);
  at = $state(0);
  given = $state.raw<Answer | undefined>();
  grade = $state.raw<Grade | undefined>();
  answered = $state.raw<Answered[]>([]);
  /** The deck's cards by knowledge component, as stored: follows every write, import or removal. */
  cards = $state.raw<ReadonlyMap<string, CardState>>(new Map());
  /** The latest rating per card: the memory measure weighs a miss (core/srs/strength.ts). */
  lastRatings = $state.raw<ReadonlyMap<string, Rating>>(new Map());
  error = $state('');
  saving = $state(false);
  /** The learner's last choice on the start screen (kept between sessions). */
  chosenFamilies = $state<Family[] | undefined>();
  count = $state(10);
  private shownAt = 0;
  private unwatch: (() => void) | undefined;
  private readonly seeds: () => number;

  constructor(private readonly deps: QuizDeps) {
    this.seeds = deps.seeds ?? sessionSeeds();
  }

  // ts-fsrs is loaded with the first deck, not at start-up.
  private fsrs = $state.raw<typeof import('../core/srs/scheduler.ts') | undefined>();
  scheduler = $derived.by((): Scheduler | undefined => (this.fsrs ? new this.fsrs.Scheduler(this.deps.retention()) : undefined));
  current = $derived<Question | undefined>(this.questions[this.at]);
  previews = $derived.by((): Preview[] => {
    const q = this.current;
    const s = this.scheduler;
    if (!q || !s || this.phase !== 'feedback') return [];
    return s.preview(this.cards.get(q.kc) ?? s.newCard(this.shownAt), Date.now());
  });

  /** Opens a deck: its first state is loaded before this resolves, and later changes follow by themselves. */
  async open(deck: Deck): Promise<void> {
    if (this.deck?.id !== deck.id) this.phase = 'start';
    this.fsrs ??= await import('../core/srs/scheduler.ts');
    this.deck = deck;
    this.unwatch?.();
    const db = this.deps.db();
    // The cards are re-read on every change (a few hundred rows at most). The log can be very long, so it
    // is read again only when its length is not what this session's own answers account for (an import).
    const read = async () => {
      const [cards, logLength] = await Promise.all([deckCards(db, deck.id), countReviews(db, deck.id)]);
      return { cards, logLength };
    };
    const ratingsOf = async (cards: StoredCard[]) => {
      const kcOf = new Map(cards.map((c) => [c.id, c.kc]));
      const reviews = await deckReviews(db, deck.id);
      return lastRatings(reviews.flatMap((r) => (kcOf.has(r.cardId) ? [{ key: kcOf.get(r.cardId)!, reviewedAt: r.reviewedAt, rating: r.rating }] : [])));
    };
    const apply = async ({ cards, logLength }: Awaited<ReturnType<typeof read>>) => {
      const ratings = logLength === this.logLength ? undefined : await ratingsOf(cards);
      if (this.deck?.id !== deck.id) return;
      this.cards = new Map(cards.map((c) => [c.kc, c as CardState]));
      if (ratings) [this.lastRatings, this.logLength] = [ratings, logLength];
    };
    this.logLength = -1;
    await apply(await read());
    this.unwatch = watchQuery(read, (state) => void apply(state));
  }
  /** Answers in the deck's log as last read or written by this session. */
  private logLength = -1;

  /** How well the learner knows a card, a week ahead (not "now", which reads 100% right after any answer). */
  strength(kc: string, now: number): Strength {
    const s = this.scheduler;
    return s ? strengthOf(this.cards.get(kc), this.lastRatings.get(kc), now, (c, at) => s.recall(c, at)) : { level: 'new' };
  }

  /** Plans a session; a review takes the store's due queue (the index the due count uses). Resolves to the number of questions. */
  async start(mode: PlanMode, count: number, families?: ReadonlySet<Family>): Promise<number> {
    const deck = this.deck;
    if (!deck) return 0;
    const now = Date.now();
    const dueQueue = mode === 'review' ? (await dueCards(this.deps.db(), deck.id, now, 10 * count)).map((c) => c.kc) : undefined;
    if (this.deck !== deck) return 0;
    const kcOf = new Map([...this.cards].map(([kc, c]) => [c, kc]));
    this.questions = planSession(
      { questions: deck.questions, cards: this.cards, now, count, families, mode, dueQueue, recall: (c) => forgettingKey(this.strength(kcOf.get(c)!, now)) },
      rng(this.seeds()),
    );
    this.answered = [];
    this.at = 0;
    this.error = '';
    if (!this.questions.length) return 0;
    this.ask();
    return this.questions.length;
  }

  private ask(): void {
    this.phase = 'asking';
    this.given = undefined;
    this.grade = undefined;
    this.shownAt = Date.now();
  }

  submit(answer: Answer): void {
    if (!this.current || this.phase !== 'asking') return;
    this.given = answer;
    this.grade = gradeAnswer(this.current, answer);
    this.phase = 'feedback';
  }

  /** Stores the rating (card + log in one transaction), then moves on. */
  async rate(rating: Rating): Promise<void> {
    const q = this.current;
    const s = this.scheduler;
    if (!q || !this.grade || !this.deck || !s || this.saving) return;
    const now = Date.now();
    const before = this.cards.get(q.kc) ?? s.newCard(this.shownAt);
    const { card, log } = s.rate(before, rating, now, now - this.shownAt, this.grade.correct);
    this.saving = true;
    let stored: Awaited<ReturnType<typeof recordReview>>;
    try {
      stored = await recordReview(this.deps.db(), this.deck.id, q.kc, card, { ...log, questionKind: q.family });
    } catch (err) {
      // Nothing was written (one transaction); the learner can press the rating again.
      this.error = `Your answer could not be saved (${err instanceof Error ? err.message : String(err)}). Nothing was lost; try again.`;
      return;
    } finally {
      this.saving = false;
    }
    this.error = '';
    this.deps.saved?.(stored.card, stored.review);
    // At once for the next question; the store's own update confirms it moments later.
    this.cards = new Map([...this.cards, [q.kc, card]]);
    this.lastRatings = new Map([...this.lastRatings, [q.kc, rating]]);
    this.logLength++;
    this.answered = [...this.answered, { question: q, grade: this.grade, rating }];
    if (this.at + 1 < this.questions.length) {
      this.at++;
      this.ask();
    } else this.phase = 'summary';
  }

  finish(): void {
    this.phase = 'start';
    this.questions = [];
  }
}
