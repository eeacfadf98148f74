import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ProcessingRegisterResponse } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ProcessingRegisterApi {
  private readonly http = inject(HttpClient);

  get(): Promise<ProcessingRegisterResponse> {
    return firstValueFrom(this.http.get<ProcessingRegisterResponse>('/api/processing-register'));
  }
}
