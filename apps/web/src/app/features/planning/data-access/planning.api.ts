import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateShiftDto,
  CreateShiftTypeDto,
  GenerateShiftsResponse,
  PlanResponse,
  PublicationResponse,
  ReplaceSchoolCalendarDto,
  RosterCheckResponse,
  RosterInput,
  SchoolCalendarResponse,
  ShiftResponse,
  ShiftTypeResponse,
  TimeAccountSummaryResponse,
  UpdateShiftDto,
  UpdateShiftTypeDto,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../../core/http/all-pages';

/** A period of local dates, both included. */
export interface Period {
  from: string;
  to: string;
}

/** Shifts, assignments and the roster of a period: check, publication, export, rules context. */
@Injectable({ providedIn: 'root' })
export class PlanningApi {
  private readonly http = inject(HttpClient);

  shiftTypes(): Promise<ShiftTypeResponse[]> {
    return allPages<ShiftTypeResponse>(this.http, '/api/shift-types');
  }

  /** 201 with the type; 400 with `errors` per field, 409 on a code already used. */
  createShiftType(body: CreateShiftTypeDto): Promise<ShiftTypeResponse> {
    return firstValueFrom(this.http.post<ShiftTypeResponse>('/api/shift-types', body));
  }

  /** Every field of the creation but the code; `active: false` archives; 409 on a stale version. */
  updateShiftType(id: string, body: UpdateShiftTypeDto): Promise<ShiftTypeResponse> {
    return firstValueFrom(this.http.patch<ShiftTypeResponse>(`/api/shift-types/${id}`, body));
  }

  /** The zone's school holidays and the public holidays the types' patterns are read against. */
  schoolCalendar(): Promise<SchoolCalendarResponse> {
    return firstValueFrom(this.http.get<SchoolCalendarResponse>('/api/school-calendar'));
  }

  /**
   * The chief replaces the service's holiday periods, and its zone when given (null: the
   * académie's own calendar): 200 with the new calendar; 400 with `errors` per field
   * (`periods.1.start`), the rows numbered as sent.
   */
  replaceSchoolCalendar(body: ReplaceSchoolCalendarDto): Promise<SchoolCalendarResponse> {
    return firstValueFrom(this.http.put<SchoolCalendarResponse>('/api/school-calendar', body));
  }

  /** Every shift of the period, all pages followed: a week may hold more than one page. */
  shifts(period: Period): Promise<ShiftResponse[]> {
    return allPages<ShiftResponse>(this.http, '/api/shifts', { ...period });
  }

  /**
   * Creates the shifts of the active types for every day of the period (existing ones are kept):
   * how many were created, how many were there, and the period's shifts; 409 on a published week.
   */
  generate(period: Period): Promise<GenerateShiftsResponse> {
    return firstValueFrom(this.http.post<GenerateShiftsResponse>('/api/shifts/generate', period));
  }

  /** An event shift (its own label and needs): 201 with it; 400 with `errors` per field. */
  createShift(body: CreateShiftDto): Promise<ShiftResponse> {
    return firstValueFrom(this.http.post<ShiftResponse>('/api/shifts', body));
  }

  /**
   * New times, label or needs: 200 with the shift. New times of a shift agents are on need
   * `confirm` (409 SHIFT_HAS_AGENTS naming them otherwise) and may break a rule for one (422).
   */
  updateShift(id: string, body: UpdateShiftDto, confirm: boolean): Promise<ShiftResponse> {
    const params: Record<string, string> = confirm ? { confirm: 'true' } : {};
    return firstValueFrom(this.http.patch<ShiftResponse>(`/api/shifts/${id}`, body, { params }));
  }

  /** 204; a shift agents are on needs `confirm` (409 SHIFT_HAS_AGENTS naming them otherwise). */
  deleteShift(id: string, confirm: boolean): Promise<void> {
    const params: Record<string, string> = confirm ? { confirm: 'true' } : {};
    return firstValueFrom(this.http.delete<void>(`/api/shifts/${id}`, { params }));
  }

  /** 200 with the shift; 409 (overlap) or 422 with `violations`. */
  assign(shiftId: string, agentId: string): Promise<ShiftResponse> {
    return firstValueFrom(
      this.http.put<ShiftResponse>(`/api/shifts/${shiftId}/assignments/${agentId}`, null),
    );
  }

  unassign(shiftId: string, agentId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/shifts/${shiftId}/assignments/${agentId}`));
  }

  /** The rules engine's input for the period, to check assignments in the browser. */
  context(period: Period): Promise<RosterInput> {
    return firstValueFrom(this.http.get<RosterInput>('/api/roster/context', { params: { ...period } }));
  }

  check(period: Period): Promise<RosterCheckResponse> {
    return firstValueFrom(this.http.get<RosterCheckResponse>('/api/roster/check', { params: { ...period } }));
  }

  /** 200; 422 with `violations` while hard ones remain. */
  /** Everybody's time account of a year (what publication shows it changes). */
  accountBalances(year: number): Promise<TimeAccountSummaryResponse[]> {
    return allPages<TimeAccountSummaryResponse>(this.http, '/api/time-accounts', { year: String(year) });
  }

  publish(period: Period): Promise<PublicationResponse> {
    return firstValueFrom(this.http.post<PublicationResponse>('/api/roster/publish', period));
  }

  /**
   * A roster proposed by the solver for the period's unpublished shifts (up to its time limit,
   * 10 s by default), written to nothing. `apply` with the `assignments` of a proposal the chief
   * reviewed writes exactly these to the draft, at once: 409 when part of the period was published
   * or assigned meanwhile, 422 with `violations` when they now break a rule.
   */
  plan(
    period: Period,
    apply: boolean,
    assignments?: readonly { shiftId: string; agentId: string }[],
  ): Promise<PlanResponse> {
    const body = assignments
      ? { ...period, apply, assignments: assignments.map(({ shiftId, agentId }) => ({ shiftId, agentId })) }
      : { ...period, apply };
    return firstValueFrom(this.http.post<PlanResponse>('/api/roster/plan', body));
  }

  publications(period: Period): Promise<PublicationResponse[]> {
    return allPages<PublicationResponse>(this.http, '/api/roster/publications', { ...period });
  }

  exportCsv(period: Period): Promise<Blob> {
    return firstValueFrom(
      this.http.get('/api/roster/export.csv', { params: { ...period }, responseType: 'blob' }),
    );
  }
}
