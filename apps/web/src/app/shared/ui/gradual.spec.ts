import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { gradualCount } from './gradual';

@Component({
  template: `@for (item of shown(); track item) {
    <p>{{ item }}</p>
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class List {
  readonly items = signal(Array.from({ length: 7 }, (_, index) => `entrée ${index}`));
  readonly count = gradualCount(() => this.items().length, 3);
  readonly shown = computed(() => this.items().slice(0, this.count()));
}

describe('gradualCount', () => {
  const nextTask = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

  it('draws a step of items with the page, a step more per task until all are, each once', async () => {
    const fixture = TestBed.createComponent(List);
    const drawn = () => [...(fixture.nativeElement as HTMLElement).querySelectorAll('p')];
    fixture.detectChanges();
    expect(drawn()).toHaveLength(3);
    const first = drawn()[0];

    // Drawn in the task that counts them, not left to a later check (which often ran inside the
    // next frame, with its style, layout and paint: one long task).
    await nextTask();
    expect(drawn()).toHaveLength(6);
    await fixture.whenStable();

    await nextTask();
    await fixture.whenStable();
    expect(drawn()).toHaveLength(7);
    expect(drawn()[0]).toBe(first);
    expect(fixture.componentInstance.count()).toBe(9);

    // Items added later (« Charger plus ») come the same way.
    fixture.componentInstance.items.update((items) => [
      ...items,
      ...['a', 'b', 'c', 'd'].map((x) => `plus ${x}`),
    ]);
    await fixture.whenStable();
    expect(drawn()).toHaveLength(9);
    await nextTask();
    await fixture.whenStable();
    expect(drawn()).toHaveLength(11);
  });
});
