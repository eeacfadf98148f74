import { effect, untracked, type WritableSignal } from '@angular/core';

import { problemOf } from '../../core/http/problem';

/** The two signals a screen shows while it reads its data: the bar, and the reason it failed. */
export interface LoadState {
  readonly loading: WritableSignal<boolean>;
  readonly error: WritableSignal<string | null>;
}

/**
 * Runs one read for `state`: loading while it runs, the last failure cleared first and, if `read`
 * throws, the API's refusal in French in its place (the screen offers « Réessayer »).
 */
export async function loadInto(state: LoadState, read: () => Promise<void>): Promise<void> {
  state.loading.set(true);
  state.error.set(null);
  try {
    await read();
  } catch (error) {
    state.error.set(problemOf(error).detail);
  } finally {
    state.loading.set(false);
  }
}

/**
 * In a constructor: calls `load` with `key()` now and again whenever it changes (another record
 * in the route); the signals `load` itself reads do not call it again.
 */
export function loadOnChange<K>(key: () => K, load: (key: K) => Promise<void>): void {
  effect(() => {
    const value = key();
    untracked(() => void load(value));
  });
}
