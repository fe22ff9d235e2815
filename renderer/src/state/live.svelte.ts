import { createSubscriber } from 'svelte/reactivity';
import { watchQuery } from '../store/live.ts';

/**
 * A database read that stays current: `current` is the latest result, and
 * reading it from a template or an effect keeps the query subscribed (it
 * re-runs whenever what it read changes), and unsubscribes when nothing reads
 * it any more. Replaces refreshing by hand after each write or import.
 */
export class Live<T> {
  #value = $state.raw<T>() as T;
  #loaded = $state(false);
  readonly #subscribe: () => void;

  constructor(query: () => Promise<T>, initial: T) {
    this.#value = initial;
    this.#subscribe = createSubscriber((update) =>
      watchQuery(query, (value) => {
        this.#value = value;
        this.#loaded = true;
        update();
      }),
    );
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }

  /** Whether the first result has arrived. */
  get loaded(): boolean {
    this.#subscribe();
    return this.#loaded;
  }
}

/**
 * A clock for what changes with time alone (cards falling due): `now`
 * advances every minute while something reads it.
 */
export class Clock {
  #now = $state(Date.now());
  readonly #subscribe = createSubscriber((update) => {
    const timer = setInterval(() => {
      this.#now = Date.now();
      update();
    }, 60_000);
    return () => clearInterval(timer);
  });

  get now(): number {
    this.#subscribe();
    return this.#now;
  }

  /** Moves the clock on at once (after an answer, so what is due is counted from now). */
  tick(): void {
    this.#now = Date.now();
  }
}
