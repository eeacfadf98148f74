import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

describe('auth interceptor and session', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;

  const session = (token: string) => ({
    accessToken: token,
    expiresIn: 900,
    user: { id: 'u1', login: 'chef', displayName: 'Sophie Delattre', roles: ['CHIEF'], agentId: null },
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });
  afterEach(() => backend.verify());

  async function signIn(token: string): Promise<void> {
    const done = auth.login('chef', 'vigie-demo');
    backend.expectOne('/api/auth/login').flush(session(token));
    await done;
  }

  it('sends the access token to the API', async () => {
    await signIn('jeton-1');
    const response = firstValueFrom(http.get('/api/users'));
    const request = backend.expectOne('/api/users');
    expect(request.request.headers.get('Authorization')).toBe('Bearer jeton-1');
    request.flush({ items: [] });
    await response;
  });

  it('refreshes once on a 401 and replays the request with the new token', async () => {
    await signIn('expire');
    const response = firstValueFrom(http.get<{ ok: boolean }>('/api/users'));
    backend.expectOne('/api/users').flush(null, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    const refresh = backend.expectOne('/api/auth/refresh');
    expect(refresh.request.withCredentials).toBe(true);
    refresh.flush(session('neuf'));
    await new Promise((resolve) => setTimeout(resolve));
    const replay = backend.expectOne('/api/users');
    expect(replay.request.headers.get('Authorization')).toBe('Bearer neuf');
    replay.flush({ ok: true });
    await expect(response).resolves.toEqual({ ok: true });
  });

  it('shares one refresh between concurrent 401s', async () => {
    await signIn('expire');
    const a = firstValueFrom(http.get('/api/a'));
    const b = firstValueFrom(http.get('/api/b'));
    backend.expectOne('/api/a').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/b').flush(null, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush(session('neuf'));
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/a').flush({});
    backend.expectOne('/api/b').flush({});
    await Promise.all([a, b]);
  });

  it('signs out and goes to the sign-in page when the refresh is refused', async () => {
    await signIn('expire');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const response = firstValueFrom(http.get('/api/users'));
    backend.expectOne('/api/users').flush(null, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend
      .expectOne('/api/auth/refresh')
      .flush({ status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(response).rejects.toMatchObject({ status: 401 });
    expect(auth.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/connexion'], expect.anything());
  });

  it('hides what the roles do not allow', async () => {
    const done = auth.login('agent', 'vigie-demo');
    backend
      .expectOne('/api/auth/login')
      .flush({ ...session('jeton'), user: { ...session('jeton').user, roles: ['AGENT'] } });
    await done;
    expect(auth.can('readIncidents')).toBe(true);
    expect(auth.can('manageUsers')).toBe(false);
    expect(auth.can('readHeadcount')).toBe(false);
  });
});
