import { TestBed } from '@angular/core/testing';

import { Connectivity, PROBE_MS } from './connectivity';

describe('knowing whether the phone reaches Vigie', () => {
  const health = jest.fn<Promise<{ ok: boolean }>, [string]>();
  beforeEach(() => {
    jest.useFakeTimers();
    (globalThis as { fetch?: unknown }).fetch = health;
  });
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as { fetch?: unknown }).fetch;
    health.mockReset();
  });

  it('asks the API’s health while offline, and comes back online when it answers, without the browser’s event', async () => {
    const connectivity = TestBed.inject(Connectivity);
    const back = jest.fn();
    connectivity.whenOnline(back);
    connectivity.unreachable();
    expect(connectivity.offline()).toBe(true);

    health.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await jest.advanceTimersByTimeAsync(PROBE_MS);
    expect(health).toHaveBeenCalledWith('/api/health', { cache: 'no-store' });
    expect(connectivity.offline()).toBe(true);
    expect(back).not.toHaveBeenCalled();

    health.mockResolvedValueOnce({ ok: true });
    await jest.advanceTimersByTimeAsync(PROBE_MS);
    expect(connectivity.online()).toBe(true);
    expect(back).toHaveBeenCalledTimes(1);

    // Online, nothing more is asked.
    await jest.advanceTimersByTimeAsync(PROBE_MS * 3);
    expect(health).toHaveBeenCalledTimes(2);
  });
});
