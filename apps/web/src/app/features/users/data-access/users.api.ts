import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateUserDto, UpdateUserDto, UserAdminResponse, UserPageResponse } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Promise<UserPageResponse> {
    return firstValueFrom(this.http.get<UserPageResponse>('/api/users', { params: { limit: 200 } }));
  }

  create(dto: CreateUserDto): Promise<UserAdminResponse> {
    return firstValueFrom(this.http.post<UserAdminResponse>('/api/users', dto));
  }

  update(id: string, dto: UpdateUserDto): Promise<UserAdminResponse> {
    return firstValueFrom(this.http.patch<UserAdminResponse>(`/api/users/${id}`, dto));
  }
}
