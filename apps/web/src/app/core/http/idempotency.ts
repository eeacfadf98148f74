/**
 * The `Idempotency-Key` of a creation the user may send again (issue 24): the same key while the
 * same content is re-sent (a lost answer, a network error, a second tap), a new key for new
 * content. The API then answers a repeat with what the first try made, never a second record.
 */
export class IdempotentSubmission {
  private last: { body: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = uuid) {}

  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.last?.body !== text) this.last = { body: text, key: this.newKey() };
    return this.last.key;
  }

  /** After an answer: the next submission is a new request, whatever its content. */
  done(): void {
    this.last = null;
  }
}

/** A version 4 UUID; `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
