import { DestroyRef, inject, Injectable, signal } from '@angular/core';

/**
 * The time, once a second, for the countdowns before the overwrite of the images. Provided by
 * the pages that show countdowns, so that it stops with them; tests provide a fixed one.
 */
@Injectable()
export class Ticker {
  readonly now = signal(new Date());

  constructor() {
    const timer = setInterval(() => this.now.set(new Date()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
