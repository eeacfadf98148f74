import { ChangeDetectorRef, effect, inject, type Signal, signal } from '@angular/core';

/**
 * How many items of a long list to draw so far: `step` at first, then `step` more per task, each
 * after a frame is painted, until all are. A phone drawing 30 entries of the main courante (or the
 * week of 23 agents) in one task answers nothing for a few hundred milliseconds; a few per task,
 * the first ones show with the page and the page answers between the others. Drawn items stay
 * drawn (lists track by id). Call in the injection context of the component that draws them.
 *
 * The new items are drawn at once, in the task that counts them: left to the scheduler, their
 * drawing often ran inside the next animation frame, before that frame's style, layout and paint —
 * one long task instead of two shorter ones (bench/NOTES.md).
 */
export function gradualCount(total: () => number, step: number): Signal<number> {
  const drawn = signal(step);
  const view = inject(ChangeDetectorRef);
  effect((onCleanup) => {
    if (drawn() >= total()) return;
    // After the next frame is painted: what is drawn shows before the rest is drawn.
    let next: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      next = setTimeout(() => {
        drawn.update((count) => count + step);
        view.detectChanges();
      });
    });
    onCleanup(() => {
      cancelAnimationFrame(frame);
      clearTimeout(next);
    });
  });
  return drawn.asReadonly();
}
