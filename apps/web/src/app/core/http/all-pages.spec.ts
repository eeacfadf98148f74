import { HttpClient, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { allPages } from './all-pages';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('every page of an API list', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('asks pages of 200 with the filters and follows nextCursor to the end', async () => {
    const all = allPages<{ id: string }>(http, '/api/footage-requests', { open: true });
    const first = backend.expectOne((r) => r.url === '/api/footage-requests');
    expect(first.request.params.get('limit')).toBe('200');
    expect(first.request.params.get('open')).toBe('true');
    expect(first.request.params.has('cursor')).toBe(false);
    first.flush({ items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'c1' });
    await settle();
    const second = backend.expectOne((r) => r.url === '/api/footage-requests');
    expect(second.request.params.get('cursor')).toBe('c1');
    expect(second.request.params.get('open')).toBe('true');
    second.flush({ items: [{ id: 'c' }], nextCursor: null });
    expect((await all).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});
