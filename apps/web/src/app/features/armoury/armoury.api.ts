import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ChangeWeaponStatusDto,
  CorrectWeaponIssueDto,
  CreateWeaponDto,
  DashboardArmouryResponse,
  IssueWeaponDto,
  ReturnWeaponDto,
  WeaponIssueResponse,
  WeaponResponse,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../core/http/all-pages';

/** The armoury register and its daily log: weapons, issues, returns. */
@Injectable({ providedIn: 'root' })
export class ArmouryApi {
  private readonly http = inject(HttpClient);

  weapons(): Promise<WeaponResponse[]> {
    return allPages<WeaponResponse>(this.http, '/api/weapons');
  }

  /** The log of one day, the latest first (an agent gets his own issues only). */
  issues(date?: string): Promise<WeaponIssueResponse[]> {
    return allPages<WeaponIssueResponse>(this.http, '/api/weapon-issues', date ? { date } : {});
  }

  create(dto: CreateWeaponDto): Promise<WeaponResponse> {
    return firstValueFrom(this.http.post<WeaponResponse>('/api/weapons', dto));
  }

  issue(weaponId: string, dto: IssueWeaponDto): Promise<WeaponIssueResponse> {
    return firstValueFrom(this.http.post<WeaponIssueResponse>(`/api/weapons/${weaponId}/issues`, dto));
  }

  giveBack(issueId: string, dto: ReturnWeaponDto): Promise<WeaponIssueResponse> {
    return firstValueFrom(this.http.post<WeaponIssueResponse>(`/api/weapon-issues/${issueId}/return`, dto));
  }

  changeStatus(weaponId: string, dto: ChangeWeaponStatusDto): Promise<WeaponResponse> {
    return firstValueFrom(this.http.post<WeaponResponse>(`/api/weapons/${weaponId}/status`, dto));
  }

  /** A correction of a line of the log (a new row): answers the line with its corrected counts and history. */
  correct(issueId: string, dto: CorrectWeaponIssueDto): Promise<WeaponIssueResponse> {
    return firstValueFrom(
      this.http.post<WeaponIssueResponse>(`/api/weapon-issues/${issueId}/corrections`, dto),
    );
  }

  overdue(): Promise<DashboardArmouryResponse> {
    return firstValueFrom(this.http.get<DashboardArmouryResponse>('/api/dashboard/armoury'));
  }
}
