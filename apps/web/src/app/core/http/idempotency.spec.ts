import { IdempotentSubmission, uuid } from './idempotency';

describe('IdempotentSubmission', () => {
  it('keeps one key while the same content is sent again, and takes a new one for new content', () => {
    let n = 0;
    const submission = new IdempotentSubmission(() => `key-${++n}`);
    expect(submission.keyFor({ summary: 'Tag' })).toBe('key-1');
    expect(submission.keyFor({ summary: 'Tag' })).toBe('key-1');
    expect(submission.keyFor({ summary: 'Tag sur le mur' })).toBe('key-2');
    submission.done();
    expect(submission.keyFor({ summary: 'Tag sur le mur' })).toBe('key-3');
  });

  it('makes version 4 UUIDs, also without crypto.randomUUID (a page served over plain http)', () => {
    const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(uuid()).toMatch(pattern);
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const made = new Set(Array.from({ length: 50 }, () => uuid()));
      expect(made.size).toBe(50);
      for (const key of made) expect(key).toMatch(pattern);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
