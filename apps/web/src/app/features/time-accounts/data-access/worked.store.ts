import { computed, inject, Injectable, signal } from '@angular/core';
import type { RecordWorkedDto, ShiftResponse, WorkedTimeResponse } from '@vigie/shared';

import { loadInto } from '../../../shared/data/load-into';
import { workedRows } from '../domain/worked';
import { TimeAccountsApi } from './time-accounts.api';

/** « Heures réalisées » of one shift: the agents on it, planned against worked, and the recalls. */
@Injectable()
export class WorkedStore {
  private readonly api = inject(TimeAccountsApi);

  readonly shift = signal<ShiftResponse | null>(null);
  readonly records = signal<WorkedTimeResponse[]>([]);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly rows = computed(() => {
    const shift = this.shift();
    return shift ? workedRows(shift, this.records()) : [];
  });

  async load(shift: ShiftResponse): Promise<void> {
    this.shift.set(shift);
    await loadInto(this, async () => {
      this.records.set(await this.api.workedOn(shift.id));
    });
  }

  /** Records (or corrects) one agent's worked hours; the API's refusal is thrown for the form to show. */
  async record(agentId: string, dto: RecordWorkedDto): Promise<WorkedTimeResponse> {
    const shift = this.shift();
    if (!shift) throw new Error('no shift');
    const saved = await this.api.recordWorked(shift.id, agentId, dto);
    this.records.update((records) => [...records.filter((r) => r.agentId !== agentId), saved]);
    return saved;
  }
}
