import { HttpClient, HttpParams } from '@angular/common/http';
import type { Page } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

/**
 * Every item of an API list (`?limit=&cursor=` → `{items, nextCursor}`), pages of 200 followed
 * to the end: for the short registers a screen shows whole (cameras, footage requests).
 */
export async function allPages<T>(
  http: HttpClient,
  url: string,
  filters: Record<string, string | boolean> = {},
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    let params = new HttpParams({ fromObject: filters }).set('limit', 200);
    if (cursor) params = params.set('cursor', cursor);
    const page: Page<T> = await firstValueFrom(http.get<Page<T>>(url, { params }));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
