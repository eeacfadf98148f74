import { inject, Injectable, signal } from '@angular/core';
import type { ChainHeadResponse, ExportedHeadResponse, IntegrityResponse } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { IncidentsApi } from './incidents.api';

/** The file the chief keeps outside the database: the head of the chain when it was exported. */
export interface ExportedHeadFile {
  registre: string;
  seq: number;
  hash: string;
  exportedAt: string;
}

const REGISTER = 'Vigie — main courante';

/**
 * The chief's integrity check of the hash chain. It re-computes the whole chain (and is journaled),
 * so it runs once when first asked for and again on demand, not on every entry opened. The head
 * can be exported to a file and a file exported earlier checked against the chain.
 */
@Injectable({ providedIn: 'root' })
export class IntegrityStore {
  private readonly api = inject(IncidentsApi);

  readonly result = signal<IntegrityResponse | null>(null);
  readonly checkedAt = signal<Date | null>(null);
  readonly checking = signal(false);
  readonly error = signal<string | null>(null);
  /** The last exported head checked, with what the API found. */
  readonly exported = signal<ExportedHeadResponse | null>(null);

  /** Checks unless a result is already known. */
  ensure(): Promise<void> {
    return this.result() || this.checking() ? Promise.resolve() : this.check();
  }

  async check(head?: { seq: number; hash: string }): Promise<void> {
    this.checking.set(true);
    this.error.set(null);
    try {
      const result = await this.api.integrity(head);
      this.result.set(result);
      this.exported.set(result.exported ?? null);
      this.checkedAt.set(new Date());
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      this.checking.set(false);
    }
  }

  /** The file content of a head to export. */
  static fileOf(head: ChainHeadResponse, at: Date = new Date()): ExportedHeadFile {
    return { registre: REGISTER, seq: head.seq, hash: head.hash, exportedAt: at.toISOString() };
  }

  /** Reads an exported file and checks it; a file that is not one says so. */
  async checkFile(text: string): Promise<void> {
    let head: { seq: number; hash: string } | null = null;
    try {
      const parsed = JSON.parse(text) as Partial<ExportedHeadFile>;
      if (
        typeof parsed.seq === 'number' &&
        Number.isInteger(parsed.seq) &&
        parsed.seq > 0 &&
        typeof parsed.hash === 'string' &&
        /^[0-9a-f]{64}$/.test(parsed.hash)
      ) {
        head = { seq: parsed.seq, hash: parsed.hash };
      }
    } catch {
      head = null;
    }
    if (!head) {
      this.exported.set(null);
      this.error.set('Ce fichier n’est pas une empreinte exportée de la main courante.');
      return;
    }
    await this.check(head);
  }
}
