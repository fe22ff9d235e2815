/** Desired retention: the learner's setting, range and default (kept apart from ts-fsrs so start-up does not load it). */
export const RETENTION = { min: 0.8, max: 0.97, default: 0.9 } as const;

export function clampRetention(r: number): number {
  return Number.isFinite(r) ? Math.min(RETENTION.max, Math.max(RETENTION.min, r)) : RETENTION.default;
}
