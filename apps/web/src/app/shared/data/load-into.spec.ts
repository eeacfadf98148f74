import { signal } from '@angular/core';

import { loadInto } from './load-into';

describe('loadInto', () => {
  const state = () => ({ loading: signal(false), error: signal<string | null>('Ancienne erreur') });

  it('shows the bar while it reads and clears the last failure', async () => {
    const screen = state();
    let seen: [boolean, string | null] | null = null;
    await loadInto(screen, () => {
      seen = [screen.loading(), screen.error()];
      return Promise.resolve();
    });
    expect(seen).toEqual([true, null]);
    expect(screen.loading()).toBe(false);
    expect(screen.error()).toBeNull();
  });

  it('says in French why the read failed', async () => {
    const screen = state();
    await loadInto(screen, () => Promise.reject(new Error('lost')));
    expect(screen.loading()).toBe(false);
    expect(screen.error()).toBe('Une erreur inattendue est survenue.');
  });
});
