import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateIncidentDto,
  IncidentPageResponse,
  IncidentResponse,
  IncidentStatsResponse,
  IncidentStatus,
  IntegrityResponse,
  PhotoUploadResponse,
  StatsDimension,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../../core/http/all-pages';
import { IDEMPOTENCY_KEY_HEADER } from '../../../core/http/idempotency';
import { filtersToApiParams, type IncidentFilters } from '../incident-filters';
import type { StatsPeriod } from '../stats';

/** A camera that may be linked to an entry (the video-protection registry, when it exists). */
export interface CameraOption {
  id: string;
  label: string;
}

interface CameraLike {
  id: string;
  code?: string;
  label?: string;
  status?: string;
}

/** The main courante: entries (append-only), complements, statuses, statistics, export, integrity. */
@Injectable({ providedIn: 'root' })
export class IncidentsApi {
  private readonly http = inject(HttpClient);

  /** Most recent first; `cursor` is the previous page's `nextCursor`. */
  list(filters: IncidentFilters, cursor?: string, limit = 30): Promise<IncidentPageResponse> {
    const params: Record<string, string | number> = { ...filtersToApiParams(filters), limit };
    if (cursor) params['cursor'] = cursor;
    return firstValueFrom(this.http.get<IncidentPageResponse>('/api/incidents', { params }));
  }

  /** The entry with its complements and status history (the read is journaled by the API). */
  get(id: string): Promise<IncidentResponse> {
    return firstValueFrom(this.http.get<IncidentResponse>(`/api/incidents/${id}`));
  }

  /** `key`: the same for a repeat of the same entry, so the API never records it twice. */
  create(dto: CreateIncidentDto, key: string): Promise<IncidentResponse> {
    return firstValueFrom(
      this.http.post<IncidentResponse>('/api/incidents', dto, { headers: { [IDEMPOTENCY_KEY_HEADER]: key } }),
    );
  }

  /** Sends a photo's bytes; the API keeps it under its SHA-256 (200 when it already had it). */
  uploadPhoto(blob: Blob): Promise<PhotoUploadResponse> {
    return firstValueFrom(
      this.http.post<PhotoUploadResponse>('/api/incidents/photos', blob, {
        headers: { 'Content-Type': 'image/jpeg' },
      }),
    );
  }

  /** A photo of the entry (the view is journaled by the API). */
  photo(incidentId: string, sha256: string): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`/api/incidents/${incidentId}/photos/${sha256}`, { responseType: 'blob' }),
    );
  }

  amend(id: string, text: string, key: string, photos: string[] = []): Promise<IncidentResponse> {
    return firstValueFrom(
      this.http.post<IncidentResponse>(
        `/api/incidents/${id}/amendments`,
        photos.length > 0 ? { text, photos } : { text },
        { headers: { [IDEMPOTENCY_KEY_HEADER]: key } },
      ),
    );
  }

  /** 422 with `violations` when the transition is not allowed. */
  changeStatus(id: string, to: IncidentStatus, note: string): Promise<IncidentResponse> {
    return firstValueFrom(this.http.post<IncidentResponse>(`/api/incidents/${id}/status`, { to, note }));
  }

  stats(period: StatsPeriod, by: StatsDimension): Promise<IncidentStatsResponse> {
    return firstValueFrom(
      this.http.get<IncidentStatsResponse>('/api/incidents/stats', { params: { ...period, by } }),
    );
  }

  /** The CSV of the filtered entries (the API wants the bearer token: fetched, then saved). */
  exportCsv(filters: IncidentFilters): Promise<Blob> {
    return firstValueFrom(
      this.http.get('/api/incidents/export.csv', {
        params: filtersToApiParams(filters),
        responseType: 'blob',
      }),
    );
  }

  /** Re-computes the chain; with an exported head, also checks that the chain still contains it. */
  integrity(head?: { seq: number; hash: string }): Promise<IntegrityResponse> {
    return firstValueFrom(
      this.http.get<IntegrityResponse>('/api/incidents/integrity', {
        params: head ? { seq: String(head.seq), hash: head.hash } : {},
      }),
    );
  }

  /**
   * The cameras an entry may name; null while the API has no camera registry (404), so that the
   * form simply leaves the field out.
   */
  async cameras(): Promise<CameraOption[] | null> {
    try {
      const cameras = await allPages<CameraLike>(this.http, '/api/cameras');
      return cameras
        .filter((camera) => camera.status !== 'REMOVED' && camera.status !== 'PLANNED')
        .map((camera) => ({
          id: camera.id,
          label: [camera.code, camera.label].filter(Boolean).join(' — ') || camera.id,
        }));
    } catch (error) {
      if (error instanceof HttpErrorResponse && (error.status === 404 || error.status === 403)) return null;
      throw error;
    }
  }
}
