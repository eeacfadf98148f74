import { warmUp } from './warm-up';

describe('warmUp', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the steps in order, one per task, none at once', () => {
    const ran: string[] = [];
    warmUp([() => ran.push('formatter'), () => ran.push('collator'), () => ran.push('clock')]);
    expect(ran).toEqual([]);
    jest.advanceTimersToNextTimer();
    expect(ran).toEqual(['formatter']);
    jest.advanceTimersToNextTimer();
    expect(ran).toEqual(['formatter', 'collator']);
    jest.advanceTimersToNextTimer();
    expect(ran).toEqual(['formatter', 'collator', 'clock']);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('does nothing without steps', () => {
    warmUp([]);
    expect(jest.getTimerCount()).toBe(0);
  });
});
