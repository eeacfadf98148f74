import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { CreateIncidentDto, IncidentResponse, PhotoUploadResponse } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { fromBase64 } from '../../shared/files/base64';
import { AuthService, VAULT } from '../auth/auth.service';
import { IDEMPOTENCY_KEY_HEADER } from '../http/idempotency';
import { problemOf } from '../http/problem';
import { Connectivity, isUnreachable } from './connectivity';

/** A photo waiting with its entry: its SHA-256 (named in the entry) and its JPEG bytes, base64. */
export interface PendingPhoto {
  sha256: string;
  data: string;
}

/** What an outbox record holds, sealed: the entry, its photos and the key it is sent with, every time. */
interface OutboxContent {
  key: string;
  dto: CreateIncidentDto;
  /** Sealed with the entry: what the phone keeps of a photo is as unreadable as the entry. */
  photos?: PendingPhoto[];
  /** Why the API refused it (the entry stays, with the reason, for the agent to see). */
  refused?: string;
}

/** An entry waiting on the phone, « en attente » until the API gives it its number. */
export interface PendingEntry extends Omit<OutboxContent, 'photos'> {
  /** How many photos wait with it (their bytes stay sealed until sent). */
  photoCount: number;
  seq: number;
  createdAt: number;
}

/** An entry of this visit's outbox that arrived: its number, from the API. */
export interface SentEntry {
  key: string;
  id: string;
  number: string;
  summary: string;
}

function photoBlob(photo: PendingPhoto): Blob {
  return new Blob([fromBase64(photo.data)], { type: 'image/jpeg' });
}

/** How long after a failed sending (network lost again, the API restarting) it is tried again. */
export const RETRY_MS = 15_000;

/**
 * The phone's outbox of main courante entries: written to IndexedDB, encrypted (Vault), in the
 * order the agent recorded them; sent in that order, by itself, whenever the user is signed in
 * with a live session and the network is there — each with the `Idempotency-Key` made when the
 * entry was written, so that a sending whose answer was lost is answered, never recorded twice.
 * Entries belong to the user who wrote them: only his session reads or sends them.
 */
@Injectable({ providedIn: 'root' })
export class Outbox {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly vault = inject(VAULT);
  private readonly connectivity = inject(Connectivity);

  private readonly pendingEntries = signal<PendingEntry[]>([]);
  private readonly sentEntries = signal<SentEntry[]>([]);
  private sending: Promise<void> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;

  readonly pending = this.pendingEntries.asReadonly();
  readonly sent = this.sentEntries.asReadonly();
  readonly count = computed(() => this.pendingEntries().length);
  /** Whether entries are being sent now. */
  readonly busy = signal(false);

  constructor() {
    // The user's own outbox, read when he signs in (or starts offline); another user's stays unread.
    effect(() => {
      const user = this.auth.user();
      untracked(() => {
        this.sentEntries.set([]);
        this.pendingEntries.set([]);
        if (user) void this.load(user.id);
      });
    });
    // Sent as soon as the session is live and the network there.
    effect(() => {
      const live = !!this.auth.user() && !this.auth.offline() && this.connectivity.online();
      if (live) untracked(() => void this.send());
    });
    inject(DestroyRef).onDestroy(() => {
      if (this.retry) clearTimeout(this.retry);
    });
  }

  /** Keeps an entry (and its photos) on the phone; it is sent at once if it can be. */
  async add(dto: CreateIncidentDto, key: string, photos: PendingPhoto[] = []): Promise<void> {
    const user = this.auth.user();
    if (!user) throw new Error('Aucun utilisateur connecté.');
    await this.vault.append(user.id, { key, dto, photos } satisfies OutboxContent);
    await this.load(user.id);
    void this.send();
  }

  /** Sends what waits, in order; one sending at a time (also across the app's tabs). */
  send(): Promise<void> {
    this.sending ??= this.withLock(() => this.sendAll()).finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async sendAll(): Promise<void> {
    const user = this.auth.user();
    if (!user || this.auth.offline() || !this.connectivity.online()) return;
    // No IndexedDB (some private windows): nothing was kept, nothing to send.
    const records = await this.vault.outboxOf(user.id).catch(() => []);
    if (records.length === 0) return;
    this.busy.set(true);
    try {
      for (const record of records) {
        // Signed out or another user meanwhile: nothing more goes under this session.
        if (this.auth.user()?.id !== user.id || this.auth.offline()) return;
        const content = await this.vault.unseal<OutboxContent>(user.id, record);
        if (content.refused) continue;
        try {
          // Its photos first, each under its own name: sent again, a photo is the same photo.
          for (const photo of content.photos ?? []) {
            await firstValueFrom(
              this.http.post<PhotoUploadResponse>('/api/incidents/photos', photoBlob(photo), {
                headers: { 'Content-Type': 'image/jpeg' },
              }),
            );
          }
          const created = await firstValueFrom(
            this.http.post<IncidentResponse>('/api/incidents', content.dto, {
              headers: { [IDEMPOTENCY_KEY_HEADER]: content.key },
            }),
          );
          await this.vault.remove(record.seq!);
          this.sentEntries.update((list) => [
            ...list,
            { key: content.key, id: created.id, number: created.number, summary: content.dto.summary },
          ]);
        } catch (error) {
          if (this.mayRetry(error)) {
            this.retryLater();
            return;
          }
          // Refused by Vigie itself (a rule, bad content): kept with the reason, the next ones go on.
          await this.vault.replace(
            record.seq!,
            user.id,
            { ...content, refused: problemOf(error).detail },
            record.createdAt,
          );
        }
      }
    } finally {
      this.busy.set(false);
      await this.load(user.id);
    }
  }

  /** No network, the API unavailable or restarting, the session to renew: the same key later. */
  private mayRetry(error: unknown): boolean {
    if (isUnreachable(error)) return true;
    if (!(error instanceof HttpErrorResponse)) return true;
    return error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500;
  }

  private retryLater(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.send();
    }, RETRY_MS);
  }

  /** The agent has seen the numbers of the entries that arrived. */
  clearSent(): void {
    this.sentEntries.set([]);
  }

  /** Drops an entry the API refused, once the agent has read why (he records it anew). */
  async discard(seq: number): Promise<void> {
    const user = this.auth.user();
    if (!user) return;
    await this.vault.remove(seq);
    await this.load(user.id);
  }

  private async load(userId: string): Promise<void> {
    try {
      const records = await this.vault.outboxOf(userId);
      const entries: PendingEntry[] = [];
      for (const record of records) {
        try {
          const { photos, ...content } = await this.vault.unseal<OutboxContent>(userId, record);
          entries.push({
            ...content,
            photoCount: photos?.length ?? 0,
            seq: record.seq!,
            createdAt: record.createdAt,
          });
        } catch {
          // Unreadable (its key is gone): it cannot be sent, nor shown.
        }
      }
      if (this.auth.user()?.id === userId) this.pendingEntries.set(entries);
    } catch {
      // No IndexedDB (a private window of some browsers): nothing kept, nothing to show.
    }
  }

  private withLock(task: () => Promise<void>): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    return locks ? locks.request('vigie-outbox', () => task()).then(() => undefined) : task();
  }
}
