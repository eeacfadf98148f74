import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateQuartierDto,
  QuartierResponse,
  TerritoryResponse,
  UpdateQuartierDto,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

/** The current service's territory, as the API keeps it: any member reads it, the chief keeps its quartiers. */
@Injectable({ providedIn: 'root' })
export class TerritoryApi {
  private readonly http = inject(HttpClient);

  territory(): Promise<TerritoryResponse> {
    return firstValueFrom(this.http.get<TerritoryResponse>('/api/territory'));
  }

  /** A new quartier, last in order; its code is made from its label. */
  add(dto: CreateQuartierDto): Promise<QuartierResponse> {
    return firstValueFrom(this.http.post<QuartierResponse>('/api/territory/quartiers', dto));
  }

  /** Renamed, retired or brought back; its code, on what is filed under it, stays. */
  update(code: string, dto: UpdateQuartierDto): Promise<QuartierResponse> {
    return firstValueFrom(
      this.http.patch<QuartierResponse>(`/api/territory/quartiers/${encodeURIComponent(code)}`, dto),
    );
  }
}
