import { clampRetention, RETENTION } from '../core/srs/retention.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type MotionChoice = 'system' | 'reduce' | 'full';

const media = (q: string) => (typeof matchMedia === 'function' ? matchMedia(q) : undefined);

/** Learner preferences; persisted by AppState through the store. */
export class Settings {
  theme = $state<ThemeChoice>('system');
  motion = $state<MotionChoice>('system');
  retention = $state<number>(RETENTION.default);
  /** The first-visit hint in Explore ("press Play…") was dismissed. */
  hintDismissed = $state(false);
  private systemDark = $state(false);
  private systemReduce = $state(false);

  resolvedTheme = $derived<'light' | 'dark'>(this.theme === 'system' ? (this.systemDark ? 'dark' : 'light') : this.theme);
  reducedMotion = $derived(this.motion === 'reduce' || (this.motion === 'system' && this.systemReduce));

  constructor() {
    const dark = media('(prefers-color-scheme: dark)');
    const reduce = media('(prefers-reduced-motion: reduce)');
    this.systemDark = dark?.matches ?? false;
    this.systemReduce = reduce?.matches ?? false;
    dark?.addEventListener('change', (e) => (this.systemDark = e.matches));
    reduce?.addEventListener('change', (e) => (this.systemReduce = e.matches));
  }

  load(values: Record<string, unknown>): void {
    if (values.theme === 'light' || values.theme === 'dark' || values.theme === 'system') this.theme = values.theme;
    if (values.motion === 'reduce' || values.motion === 'full' || values.motion === 'system') this.motion = values.motion;
    if (typeof values.retention === 'number') this.retention = clampRetention(values.retention);
    if (typeof values.hintDismissed === 'boolean') this.hintDismissed = values.hintDismissed;
  }

  toJSON() {
    return { theme: this.theme, motion: this.motion, retention: this.retention, hintDismissed: this.hintDismissed };
  }
}
