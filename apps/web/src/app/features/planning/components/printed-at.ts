import { DestroyRef, inject, type Signal, signal } from '@angular/core';

import { dayMonthAt } from '../../../shared/time/date-words';

/**
 * When a paper roster was printed, « 07/12 à 09:12 », for its foot: set as it is drawn, and again
 * as the browser prints, since the page may have stayed open for hours. Call it where `inject` works.
 */
export function printedAt(): Signal<string> {
  const now = () => dayMonthAt(new Date().toISOString());
  const at = signal(now());
  const stamp = () => at.set(now());
  window.addEventListener('beforeprint', stamp);
  inject(DestroyRef).onDestroy(() => window.removeEventListener('beforeprint', stamp));
  return at.asReadonly();
}
