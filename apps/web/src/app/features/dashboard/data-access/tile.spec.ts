import { HttpErrorResponse } from '@angular/common/http';
import { firstValueFrom, throwError } from 'rxjs';

import { Tile } from './tile';

/** How HttpClient fails, through firstValueFrom. */
function failing(error: HttpErrorResponse): Promise<never> {
  return firstValueFrom(throwError(() => error));
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, ko) => {
    resolve = ok;
    reject = ko;
  });
  return { promise, resolve, reject };
}

describe('a dashboard tile', () => {
  it('is loading until its call answers, then shows the answer', async () => {
    const call = deferred<number>();
    const tile = new Tile(() => call.promise);
    const loading = tile.load();
    expect(tile.loading()).toBe(true);
    expect(tile.ready()).toBe(false);
    call.resolve(17);
    await loading;
    expect(tile.loading()).toBe(false);
    expect(tile.value()).toBe(17);
    expect(tile.ready()).toBe(true);
  });

  it('says in French why its call failed, from the problem details, and recovers on retry', async () => {
    let fail = true;
    const tile = new Tile(() =>
      fail
        ? failing(
            new HttpErrorResponse({
              status: 503,
              error: {
                type: 'about:blank',
                title: 'Indisponible',
                status: 503,
                detail: 'Base indisponible.',
              },
            }),
          )
        : Promise.resolve('ok'),
    );
    await tile.load();
    expect(tile.error()).toBe('Base indisponible.');
    expect(tile.ready()).toBe(false);
    fail = false;
    await tile.load();
    expect(tile.error()).toBeNull();
    expect(tile.value()).toBe('ok');
  });

  it('says the server does not answer when the network is down', async () => {
    const tile = new Tile(() => failing(new HttpErrorResponse({ status: 0 })));
    await tile.load();
    expect(tile.error()).toBe('Le serveur ne répond pas : vérifiez la connexion réseau.');
  });

  it('keeps the latest answer when an older, slower one arrives after it', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const calls = [first, second];
    const tile = new Tile(() => calls.shift()!.promise);
    const a = tile.load();
    const b = tile.load();
    second.resolve('récent');
    await b;
    first.resolve('ancien');
    await a;
    expect(tile.value()).toBe('récent');
    expect(tile.loading()).toBe(false);
  });

  it('changes what it shows after an action made here', async () => {
    const tile = new Tile(() => Promise.resolve([{ read: false }]));
    await tile.load();
    tile.update((list) => list.map(() => ({ read: true })));
    expect(tile.value()).toEqual([{ read: true }]);
  });
});
