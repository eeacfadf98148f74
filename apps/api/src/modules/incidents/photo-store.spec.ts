import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DirectoryPhotoStore, S3PhotoStore } from './photo-store';

const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('photo de test')]);
const sha = createHash('sha256').update(bytes).digest('hex');

describe('DirectoryPhotoStore', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'vigie-photo-store-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps a photo under its hash, gives it back, and forgets it; writing it twice is harmless', async () => {
    const store = new DirectoryPhotoStore(dir);
    await store.put(sha, bytes);
    await store.put(sha, bytes);
    expect(await readdir(join(dir, sha.slice(0, 2)))).toEqual([sha]);
    expect(Buffer.compare((await store.get(sha))!, bytes)).toBe(0);
    expect(await store.get('0'.repeat(64))).toBeNull();
    await store.remove(sha);
    await store.remove(sha);
    expect(await store.get(sha)).toBeNull();
  });
});

/**
 * The requests the S3 adapter sends, to a local HTTP server that records them and answers as an
 * S3 store does (path-style, as MinIO is addressed). Request shapes only: the adapter was run
 * against a real S3-compatible server (moto_server) by hand, see the README.
 */
describe('S3PhotoStore', () => {
  let server: Server;
  let endpoint: string;
  const seen: { method: string; url: string; type?: string; length?: string; body: Buffer }[] = [];
  const kept = new Map<string, Buffer>();

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        const url = request.url ?? '';
        seen.push({
          method: request.method ?? '',
          url,
          type: request.headers['content-type'],
          length: request.headers['content-length'],
          body,
        });
        const key = url.split('?')[0];
        if (request.method === 'PUT') {
          kept.set(key, body);
          response.writeHead(200, { ETag: '"x"' }).end();
        } else if (request.method === 'GET' && kept.has(key)) {
          response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(kept.get(key));
        } else if (request.method === 'GET') {
          response
            .writeHead(404, { 'Content-Type': 'application/xml' })
            .end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>absent</Message></Error>');
        } else if (request.method === 'DELETE') {
          kept.delete(key);
          response.writeHead(204).end();
        } else response.writeHead(400).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('puts, gets and deletes photos/<sha256> in the bucket, path-style; an absent photo is null', async () => {
    const store = S3PhotoStore.fromSettings({
      kind: 's3',
      bucket: 'vigie-photos',
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'cle', secretAccessKey: 'secret' },
      pathStyle: true,
    });
    await store.put(sha, bytes, 'image/jpeg');
    const put = seen.find((request) => request.method === 'PUT')!;
    expect(put.url.split('?')[0]).toBe(`/vigie-photos/photos/${sha}`);
    expect(put.type).toBe('image/jpeg');
    expect(Buffer.compare(put.body, bytes)).toBe(0);

    expect(Buffer.compare((await store.get(sha))!, bytes)).toBe(0);
    expect(await store.get('0'.repeat(64))).toBeNull();
    await store.remove(sha);
    expect(
      seen.filter((request) => request.method === 'DELETE').map((request) => request.url.split('?')[0]),
    ).toEqual([`/vigie-photos/photos/${sha}`]);
    expect(await store.get(sha)).toBeNull();
  });
});
