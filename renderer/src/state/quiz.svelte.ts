import type { PathwayDb, StoredCard, StoredReview } from '../store/db.ts';
import { cardKey, recordReview } from '../store/cards.ts';
import type { CardState, Rating } from '../core/srs/card.ts';
import type { Preview, Scheduler } from '../core/srs/scheduler.ts';
import type { Family, Question } from '../core/quiz/question.ts';
import { gradeAnswer, type Answer, type Grade } from '../core/quiz/grade.ts';
import { planSession, type PlanMode } from '../core/quiz/plan.ts';
import { rng } from '../core/quiz/random.ts';
import { packCards as loadPackCards, packReviews } from '../store/cards.ts';
import { forgettingKey, lastRatings, strengthOf, type Strength } from '../core/srs/strength.ts';
import { sessionSeeds } from './session-seed.ts';

/** A set of questions with its own cards: a pack, or a figure record on its own. */
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

/** A quiz or review session and the deck's spaced-repetition cards. */
export class QuizState {
  phase = $state<'start' | 'asking' | 'feedback' | 'summary'>('start');
  deck = $state.raw<Deck | undefined>();
  questions = $state.raw<Question[]>([]);
  at = $state(0);
  given = $state.raw<Answer | undefined>();
  grade = $state.raw<Grade | undefined>();
  answered = $state.raw<Answered[]>([]);
  cards = $state.raw<ReadonlyMap<string, CardState>>(new Map());
  /** The latest rating per card: the memory measure weighs a miss (core/srs/strength.ts). */
  lastRatings = $state.raw<ReadonlyMap<string, Rating>>(new Map());
  /** Bumped after each stored review so views recount what is due. */
  now = $state(Date.now());
  error = $state('');
  saving = $state(false);
  /** The learner's last choice on the start screen (kept between sessions). */
  chosenFamilies = $state<Family[] | undefined>();
  count = $state(10);
  private shownAt = 0;

  constructor(
    private readonly db: () => PathwayDb,
    private readonly retention: () => number,
    /** Called after each stored answer with what was stored (the app writes its automatic backup). */
    private readonly saved: (card: StoredCard, review: StoredReview) => void = () => {},
    /** Where each session's random order comes from (see session-seed.ts: tests fix it). */
    private readonly seeds: () => number = sessionSeeds(),
  ) {}

  // ts-fsrs is loaded with the first deck, not at start-up.
  private fsrs = $state.raw<typeof import('../core/srs/scheduler.ts') | undefined>();
  scheduler = $derived.by((): Scheduler | undefined => (this.fsrs ? new this.fsrs.Scheduler(this.retention()) : undefined));
  current = $derived<Question | undefined>(this.questions[this.at]);
  dueCount = $derived([...this.cards.values()].filter((c) => c.due <= this.now).length);
  previews = $derived.by((): Preview[] => {
    const q = this.current;
    const s = this.scheduler;
    if (!q || !s || this.phase !== 'feedback') return [];
    return s.preview(this.cards.get(q.kc) ?? s.newCard(this.shownAt), Date.now());
  });

  /** The deck's cards only (enough for the due count), without questions or the scheduler. */
  async loadCards(deckId: string): Promise<void> {
    const [cards, reviews] = await Promise.all([loadPackCards(this.db(), deckId), packReviews(this.db(), deckId)]);
    const kcOf = new Map(cards.map((c) => [c.id, c.kc]));
    this.cardsOf = deckId;
    this.cards = new Map(cards.map((c) => [c.kc, c]));
    this.lastRatings = lastRatings(reviews.flatMap((r) => (kcOf.has(r.cardId) ? [{ key: kcOf.get(r.cardId)!, reviewedAt: r.reviewedAt, rating: r.rating }] : [])));
    this.now = Date.now();
  }
  cardsOf = $state<string | undefined>();

  async open(deck: Deck): Promise<void> {
    if (this.deck?.id !== deck.id) this.phase = 'start';
    this.fsrs ??= await import('../core/srs/scheduler.ts');
    this.deck = deck;
    await this.loadCards(deck.id);
  }

  /** How well the learner knows a card, a week ahead (not "now", which reads 100% right after any answer). */
  strength(kc: string, now: number): Strength {
    const s = this.scheduler;
    return s ? strengthOf(this.cards.get(kc), this.lastRatings.get(kc), now, (c, at) => s.recall(c, at)) : { level: 'new' };
  }

  start(mode: PlanMode, count: number, families?: ReadonlySet<Family>): number {
    if (!this.deck) return 0;
    const now = Date.now();
    const kcOf = new Map([...this.cards].map(([kc, c]) => [c, kc]));
    this.questions = planSession(
      { questions: this.deck.questions, cards: this.cards, now, count, families, mode, recall: (c) => forgettingKey(this.strength(kcOf.get(c)!, now)) },
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
    const packId = this.deck.id;
    const review = { ...log, questionKind: q.family };
    this.saving = true;
    try {
      await recordReview(this.db(), packId, q.kc, card, review);
    } catch (err) {
      // Nothing was written (one transaction); the learner can press the rating again.
      this.error = `Your answer could not be saved (${err instanceof Error ? err.message : String(err)}). Nothing was lost; try again.`;
      return;
    } finally {
      this.saving = false;
    }
    this.error = '';
    const id = cardKey(packId, q.kc);
    this.saved({ ...card, id, packId, kc: q.kc }, { ...review, cardId: id, packId });
    this.cards = new Map([...this.cards, [q.kc, card]]);
    this.lastRatings = new Map([...this.lastRatings, [q.kc, rating]]);
    this.answered = [...this.answered, { question: q, grade: this.grade, rating }];
    this.now = Date.now();
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
