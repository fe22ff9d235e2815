import type { CardState, Rating } from './card.ts';

/**
 * How well a learner knows a card, in terms a learner reads correctly.
 *
 * FSRS retrievability *now* is close to 1 right after any answer, a wrong one
 * included (the answer was just shown), so "recall now" reads 100% after an
 * Again. What a learner means by "do I know this?" is "will I still know it
 * later?": so the measure is the predicted chance of recall a week from now
 * (if not studied again), with a label that also weighs the last answer and
 * whether the card is still being (re)learnt after a lapse.
 */

const DAY = 86_400_000;
/** A week: the horizon of the next class or test. */
export const HORIZON_DAYS = 7;
/** At or above this chance in a week a card is "strong" (the scheduler's own default target). */
export const STRONG_AT = 0.9;
/** Below this chance in a week a card is more likely forgotten than not. */
export const FORGOTTEN_BELOW = 0.5;

export type StrengthLevel = 'new' | 'forgotten' | 'shaky' | 'strong';

export const LEVEL_WORDS: Record<StrengthLevel, string> = { new: 'not studied', forgotten: 'forgotten', shaky: 'shaky', strong: 'strong' };

/** What each level means, in the learner's words (the thresholds above). */
export const LEVEL_MEANING: Record<Exclude<StrengthLevel, 'new'>, string> = {
  strong: `${STRONG_AT * 100}% or more`,
  shaky: 'less',
  forgotten: `missed last time, or under ${FORGOTTEN_BELOW * 100}%`,
};
/** The one-line explanation shown wherever the measure is. */
export const STRENGTH_EXPLAINED = `Your chance of recalling it a week from now, predicted from your answers: ${
  (['strong', 'shaky', 'forgotten'] as const).map((l) => `${LEVEL_WORDS[l]} (${LEVEL_MEANING[l]})`).join(', ')
}.`;

export interface Strength {
  level: StrengthLevel;
  /** Predicted chance (0–1) of recall HORIZON_DAYS from now without another review; undefined when not studied. */
  inAWeek?: number;
}

/** Probability of recall of a card at a given time (FSRS retrievability); undefined for a new card. */
export type RecallAt = (card: CardState, at: number) => number | undefined;

/**
 * Strength of one card. `lastRating` is the learner's latest rating of it
 * (from the review log); without one, a card in relearning counts as missed.
 */
export function strengthOf(card: CardState | undefined, lastRating: Rating | undefined, now: number, recallAt: RecallAt): Strength {
  if (!card || card.state === 0) return { level: 'new' };
  const inAWeek = recallAt(card, now + HORIZON_DAYS * DAY);
  if (inAWeek === undefined) return { level: 'new' };
  const missed = lastRating === undefined ? card.state === 3 : lastRating === 1;
  // Still in (re)learning steps: not strong yet, whatever the curve says.
  const settled = card.state === 2;
  const level = missed || inAWeek < FORGOTTEN_BELOW ? 'forgotten' : settled && inAWeek >= STRONG_AT ? 'strong' : 'shaky';
  return { level, inAWeek };
}

export interface GroupStrength extends Strength {
  /** Cards studied among those counted. */
  studied: number;
  /** Of those, how many read "forgotten". */
  forgotten: number;
}

/**
 * Strength of a group of cards (a node, a step): the mean chance in a week
 * over the studied cards. Forgotten when most are forgotten or the mean is
 * under 50%; strong only when every studied card is strong (one weak card
 * is reason enough to review the group).
 */
export function combineStrengths(items: readonly Strength[]): GroupStrength {
  const studied = items.filter((s): s is Required<Strength> => s.inAWeek !== undefined);
  if (!studied.length) return { level: 'new', studied: 0, forgotten: 0 };
  const inAWeek = studied.reduce((a, s) => a + s.inAWeek, 0) / studied.length;
  const forgotten = studied.filter((s) => s.level === 'forgotten').length;
  const level: StrengthLevel =
    forgotten * 2 > studied.length || inAWeek < FORGOTTEN_BELOW ? 'forgotten'
    : studied.every((s) => s.level === 'strong') ? 'strong'
    : 'shaky';
  return { level, inAWeek, studied: studied.length, forgotten };
}

/** The chance in words, rounded to 5% (the model is no more precise): "about 60%". */
export function chanceWords(p: number): string {
  if (p >= 0.975) return 'over 95%';
  if (p < 0.025) return 'under 5%';
  return `about ${Math.round(p * 20) * 5}%`;
}

/** "shaky: about 75% chance you’d recall it in a week". */
export function strengthWords(s: Strength): string {
  if (s.inAWeek === undefined) return LEVEL_WORDS.new;
  return `${LEVEL_WORDS[s.level]}: ${chanceWords(s.inAWeek)} chance you’d recall it in a week`;
}

/** The latest rating per card from review logs (any order). */
export function lastRatings<K>(reviews: readonly { key: K; reviewedAt: number; rating: Rating }[]): Map<K, Rating> {
  const latest = new Map<K, { at: number; rating: Rating }>();
  for (const r of reviews) {
    const seen = latest.get(r.key);
    if (!seen || r.reviewedAt >= seen.at) latest.set(r.key, { at: r.reviewedAt, rating: r.rating });
  }
  return new Map([...latest].map(([k, v]) => [k, v.rating]));
}

/** Order for "review what you're about to forget": forgotten cards first, then the lowest chance in a week. */
export const forgettingKey = (s: Strength): number => (s.inAWeek ?? 1) - (s.level === 'forgotten' ? 1 : 0);
