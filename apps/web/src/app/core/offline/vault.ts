import type { UserResponse } from '@vigie/shared';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** A value encrypted with AES-GCM: its 12-byte nonce and the ciphertext (with its tag). */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/** A record of the outbox: its order, its owner, when it was written, its content sealed. */
export interface SealedOutboxRecord extends Sealed {
  seq?: number;
  userId: string;
  createdAt: number;
}

/** The last identity signed in on this phone, for a start without network. */
export interface KeptIdentity {
  user: UserResponse;
  savedAt: number;
}

interface VaultSchema extends DBSchema {
  keys: { key: string; value: CryptoKey };
  identity: { key: 'last'; value: KeptIdentity };
  outbox: { key: number; value: SealedOutboxRecord; indexes: { byUser: string } };
  cache: { key: string; value: Sealed };
}

export const VAULT_DB = 'vigie-hors-ligne';

/**
 * What the phone keeps for offline use (IndexedDB, through `idb`): per user a non-extractable
 * AES-GCM key, the outbox and the last fetched pages, both encrypted with that key; and the last
 * identity. The key is kept in IndexedDB (not in memory only) because an entry waiting in the
 * outbox must survive the phone closing the app or restarting; non-extractable, it can be used by
 * this origin's code but never read out. It is deleted at sign-out with everything it sealed, so
 * what remains on the phone afterwards cannot be read.
 */
export class Vault {
  private db: Promise<IDBPDatabase<VaultSchema>> | null = null;

  constructor(private readonly name = VAULT_DB) {}

  private open(): Promise<IDBPDatabase<VaultSchema>> {
    this.db ??= openDB<VaultSchema>(this.name, 1, {
      upgrade(db) {
        db.createObjectStore('keys');
        db.createObjectStore('identity');
        db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex(
          'byUser',
          'userId',
        );
        db.createObjectStore('cache');
      },
    });
    return this.db;
  }

  /** The user's key, made on first use. */
  async keyOf(userId: string): Promise<CryptoKey> {
    const db = await this.open();
    const kept = await db.get('keys', userId);
    if (kept) return kept;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    // Two tabs may make one at once: the first one written wins, the other is dropped.
    const tx = db.transaction('keys', 'readwrite');
    const raced = await tx.store.get(userId);
    if (!raced) await tx.store.put(key, userId);
    await tx.done;
    return raced ?? key;
  }

  async seal(userId: string, value: unknown): Promise<Sealed> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify(value));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await this.keyOf(userId), plain);
    return { iv, data };
  }

  /** Throws when the record was not sealed with this user's key (or was altered). */
  async unseal<T>(userId: string, sealed: Sealed): Promise<T> {
    const db = await this.open();
    const key = await db.get('keys', userId);
    if (!key) throw new Error('Clé absente : données illisibles.');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  }

  // --- outbox ---

  /** Appends a record; its `seq` (IndexedDB's increasing key) is the order of sending. */
  async append(userId: string, value: unknown, createdAt = Date.now()): Promise<number> {
    const sealed = await this.seal(userId, value);
    const db = await this.open();
    return db.add('outbox', { ...sealed, userId, createdAt });
  }

  async replace(seq: number, userId: string, value: unknown, createdAt: number): Promise<void> {
    const sealed = await this.seal(userId, value);
    const db = await this.open();
    await db.put('outbox', { ...sealed, seq, userId, createdAt });
  }

  async remove(seq: number): Promise<void> {
    await (await this.open()).delete('outbox', seq);
  }

  /** The user's records in the order they were written. */
  async outboxOf(userId: string): Promise<SealedOutboxRecord[]> {
    const records = await (await this.open()).getAllFromIndex('outbox', 'byUser', userId);
    return records.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  }

  // --- cached pages ---

  async cache(userId: string, name: string, value: unknown): Promise<void> {
    const sealed = await this.seal(userId, value);
    await (await this.open()).put('cache', sealed, `${userId}:${name}`);
  }

  async cached<T>(userId: string, name: string): Promise<T | null> {
    const sealed = await (await this.open()).get('cache', `${userId}:${name}`);
    if (!sealed) return null;
    try {
      return await this.unseal<T>(userId, sealed);
    } catch {
      return null;
    }
  }

  /** The user's cached pages go (he now works in another service: they were the other's). */
  async forgetPages(userId: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction('cache', 'readwrite');
    for (const key of await tx.store.getAllKeys())
      if (key.startsWith(`${userId}:`)) await tx.store.delete(key);
    await tx.done;
  }

  // --- identity ---

  async keepIdentity(user: UserResponse, now = Date.now()): Promise<void> {
    await (await this.open()).put('identity', { user, savedAt: now }, 'last');
  }

  async identity(): Promise<KeptIdentity | null> {
    return (await (await this.open()).get('identity', 'last')) ?? null;
  }

  async forgetIdentity(): Promise<void> {
    await (await this.open()).delete('identity', 'last');
  }

  /** Sign-out: the user's key, outbox, cached pages and identity go. */
  async forget(userId: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['keys', 'identity', 'outbox', 'cache'], 'readwrite');
    const outbox = tx.objectStore('outbox');
    for (const seq of await outbox.index('byUser').getAllKeys(userId)) await outbox.delete(seq);
    const cache = tx.objectStore('cache');
    for (const key of await cache.getAllKeys()) if (key.startsWith(`${userId}:`)) await cache.delete(key);
    await tx.objectStore('keys').delete(userId);
    const identity = tx.objectStore('identity');
    if ((await identity.get('last'))?.user.id === userId) await identity.delete('last');
    await tx.done;
  }

  close(): void {
    void this.db?.then((db) => db.close());
    this.db = null;
  }
}
