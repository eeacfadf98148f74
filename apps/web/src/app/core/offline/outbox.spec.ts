import 'fake-indexeddb/auto';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type CreateIncidentDto, LommeQuartier, Role } from '@vigie/shared';

import { blobBytes, toBase64 } from '../../shared/files/base64';
import { AuthService, VAULT } from '../auth/auth.service';
import { IDEMPOTENCY_KEY_HEADER } from '../http/idempotency';
import { Connectivity } from './connectivity';
import { connectivityInterceptor } from './connectivity.interceptor';
import { Outbox } from './outbox';
import { Vault } from './vault';

const entry = (summary: string): CreateIncidentDto => ({
  occurredAt: '2026-12-06T07:15:00.000Z',
  category: 'TAG',
  location: { address: 'rue Sadi Carnot', quartier: LommeQuartier.BOURG },
  summary,
  description: '',
  agentIds: ['a1'],
});

const signedInAs = (id: string) => ({
  accessToken: `jeton-${id}`,
  expiresIn: 900,
  user: { id, login: id, displayName: id, roles: [Role.AGENT], agentId: `agent-${id}` },
});

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

let n = 0;
let vault: Vault;
let backend: HttpTestingController;
let auth: AuthService;
let outbox: Outbox;
let connectivity: Connectivity;

/** The sendings of entries the phone makes, once it has made one (IndexedDB answers in tasks). */
async function sendings(): Promise<TestRequest[]> {
  for (let i = 0; i < 200; i++) {
    TestBed.tick();
    const requests = backend.match({ method: 'POST', url: '/api/incidents' });
    if (requests.length > 0) return requests;
    await pause();
  }
  return [];
}

async function signIn(id: string): Promise<void> {
  const login = auth.login(id, 'secret');
  backend.expectOne('/api/auth/login').flush(signedInAs(id));
  await login;
  TestBed.tick();
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    TestBed.tick();
    await pause();
  }
}

const numbered = (number: number) => ({
  id: `e${number}`,
  number: `2026-${String(number).padStart(6, '0')}`,
});

beforeEach(async () => {
  vault = new Vault(`outbox-spec-${++n}`);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([connectivityInterceptor])),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: VAULT, useValue: vault },
    ],
  });
  backend = TestBed.inject(HttpTestingController);
  auth = TestBed.inject(AuthService);
  connectivity = TestBed.inject(Connectivity);
  outbox = TestBed.inject(Outbox);
  await signIn('u1');
});
afterEach(() => vault.close());

describe('the phone’s outbox of entries', () => {
  it('keeps entries written without network, « en attente », and sends them in order when it returns', async () => {
    connectivity.unreachable();
    for (const summary of ['Premier', 'Deuxième', 'Troisième'])
      await outbox.add(entry(summary), `cle-${summary}`);
    await settle();
    backend.expectNone('/api/incidents');
    expect(outbox.count()).toBe(3);
    expect(outbox.pending().map((e) => e.dto.summary)).toEqual(['Premier', 'Deuxième', 'Troisième']);

    connectivity.reached();
    // One at a time: the second leaves only once the first is answered.
    for (const [i, summary] of ['Premier', 'Deuxième', 'Troisième'].entries()) {
      const [request, ...others] = await sendings();
      expect(others).toEqual([]);
      expect(request.request.body.summary).toBe(summary);
      expect(request.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe(`cle-${summary}`);
      request.flush(numbered(i + 1), { status: 201, statusText: 'Created' });
    }
    await settle();
    expect(outbox.count()).toBe(0);
    expect(outbox.sent().map((e) => e.number)).toEqual(['2026-000001', '2026-000002', '2026-000003']);
  });

  it('keeps an entry’s photos sealed with it, sends them before the entry, again after a cut', async () => {
    connectivity.unreachable();
    const jpeg = toBase64(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).buffer);
    const photos = [
      { sha256: 'a'.repeat(64), data: jpeg },
      { sha256: 'b'.repeat(64), data: jpeg },
    ];
    await outbox.add(
      { ...entry('Tag, deux photos'), photos: photos.map((p) => p.sha256) },
      'cle-photos',
      photos,
    );
    await settle();
    expect(outbox.pending()).toEqual([expect.objectContaining({ key: 'cle-photos', photoCount: 2 })]);
    // What IndexedDB holds is sealed: neither the entry nor its photos' bytes are readable there.
    const [record] = await vault.outboxOf('u1');
    const stored = new TextDecoder('latin1').decode(record.data);
    expect(stored).not.toContain('Tag, deux photos');
    expect(stored).not.toContain(jpeg);

    connectivity.reached();
    const uploads = async (): Promise<TestRequest[]> => {
      for (let i = 0; i < 200; i++) {
        TestBed.tick();
        const found = backend.match({ method: 'POST', url: '/api/incidents/photos' });
        if (found.length > 0) return found;
        await pause();
      }
      return [];
    };
    const [first] = await uploads();
    expect(first.request.headers.get('Content-Type')).toBe('image/jpeg');
    expect(new Uint8Array(await blobBytes(first.request.body as Blob))).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    );
    // The connection drops in the middle of the uploads: kept, tried again from the first photo.
    first.flush({ sha256: 'a'.repeat(64) }, { status: 201, statusText: 'Created' });
    const [second] = await uploads();
    second.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();
    backend.expectNone('/api/incidents');
    expect(outbox.count()).toBe(1);

    connectivity.reached();
    for (const status of [200, 201]) {
      const [upload] = await uploads();
      upload.flush({}, { status, statusText: 'OK' });
    }
    const [sending] = await sendings();
    expect(sending.request.body.photos).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
    expect(sending.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe('cle-photos');
    sending.flush(numbered(3), { status: 201, statusText: 'Created' });
    await settle();
    expect(outbox.count()).toBe(0);
  });

  it('keeps an entry whose photo Vigie refuses, with the reason, and does not send the entry', async () => {
    connectivity.unreachable();
    const photos = [{ sha256: 'c'.repeat(64), data: toBase64(new Uint8Array([1, 2, 3]).buffer) }];
    await outbox.add({ ...entry('Photo illisible'), photos: ['c'.repeat(64)] }, 'cle-refus', photos);
    connectivity.reached();
    let refused: TestRequest | undefined;
    for (let i = 0; i < 200 && !refused; i++) {
      TestBed.tick();
      refused = backend.match({ method: 'POST', url: '/api/incidents/photos' })[0];
      if (!refused) await pause();
    }
    refused!.flush(
      { status: 422, detail: 'Ce fichier n’est pas une photo.' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    backend.expectNone('/api/incidents');
    expect(outbox.pending()).toEqual([
      expect.objectContaining({ key: 'cle-refus', refused: 'Ce fichier n’est pas une photo.' }),
    ]);
  });

  it('sends an entry again with the same key after the network failed on the way', async () => {
    await outbox.add(entry('Dépôt sauvage'), 'cle-unique');
    const [first] = await sendings();
    expect(first.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe('cle-unique');
    first.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();
    expect(outbox.count()).toBe(1);
    expect(connectivity.online()).toBe(false);

    // The network returns (the browser says so, or a request gets through).
    connectivity.reached();
    const [again] = await sendings();
    expect(again.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe('cle-unique');
    // The API had recorded it the first time: it answers that entry, the same number.
    again.flush(numbered(7), { status: 200, statusText: 'OK' });
    await settle();
    expect(outbox.count()).toBe(0);
    expect(outbox.sent()).toEqual([expect.objectContaining({ key: 'cle-unique', number: '2026-000007' })]);
  });

  it('keeps an entry Vigie refuses, with the reason, and sends the next ones', async () => {
    connectivity.unreachable();
    await outbox.add(entry('Trop ancienne'), 'cle-1');
    await outbox.add(entry('Correcte'), 'cle-2');
    connectivity.reached();
    const [refused] = await sendings();
    refused.flush(
      { title: 'Refusé', status: 422, detail: 'Les faits datent de plus de 30 jours.' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    const [next] = await sendings();
    expect(next.request.body.summary).toBe('Correcte');
    next.flush(numbered(2), { status: 201, statusText: 'Created' });
    await settle();
    expect(outbox.pending()).toEqual([
      expect.objectContaining({ key: 'cle-1', refused: 'Les faits datent de plus de 30 jours.' }),
    ]);
  });

  it('never sends an entry under another account: it waits for its author to sign in again', async () => {
    connectivity.unreachable();
    await outbox.add(entry('Écrite par u1'), 'cle-u1');
    // u1's session ended; u2 signs in on the same phone, with network.
    await signIn('u2');
    connectivity.reached();
    await settle();
    backend.expectNone('/api/incidents');
    expect(outbox.count()).toBe(0);

    await signIn('u1');
    const [request] = await sendings();
    expect(request.request.body.summary).toBe('Écrite par u1');
    request.flush(numbered(1), { status: 201, statusText: 'Created' });
    await settle();
  });
});
