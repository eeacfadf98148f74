import { AddressInfo, connect, Socket } from 'node:net';

import { createTestApp, TestApp } from '../support/test-app';

interface Closed {
  /** Milliseconds from the connection to its close by the server, null when still open. */
  after: number | null;
  answer: string;
}

/**
 * Writes `head` at once, then one byte of `drip` every 100 ms, and reports when the server
 * closes the socket (or that it still had not after `patienceMs`).
 */
function trickle(port: number, head: string, drip: string, patienceMs: number): Promise<Closed> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    const start = Date.now();
    let answer = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (after: number | null): void => {
      clearInterval(timer);
      clearTimeout(patience);
      socket.destroy();
      resolve({ after, answer });
    };
    const patience = setTimeout(() => finish(null), patienceMs);
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => finish(Date.now() - start));
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (!socket.destroyed) socket.write(drip[sent++ % drip.length]);
      }, 100);
    });
  });
}

/** A client that sends its request a byte at a time must not hold a socket of the server for ever. */
describe('slow clients', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp({
      demo: false,
      env: { HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2' },
    });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('closes a socket whose headers come byte by byte once the headers timeout is past, with a 408', async () => {
    const closed = await trickle(
      port,
      'GET /api/health HTTP/1.1\r\nHost: localhost\r\n',
      'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n',
      8000,
    );
    // 1 s of headers timeout, checked every second: closed between 1 and 2 s, never left open.
    expect(closed.after).not.toBeNull();
    expect(closed.after).toBeGreaterThanOrEqual(900);
    expect(closed.after).toBeLessThan(3000);
    expect(closed.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(closed.answer).toContain('application/problem+json');
  });

  it('closes a socket whose body comes byte by byte once the request timeout is past', async () => {
    const closed = await trickle(
      port,
      'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 2000\r\n\r\n{"login":"chef","password":"',
      'x',
      8000,
    );
    expect(closed.after).not.toBeNull();
    expect(closed.after).toBeGreaterThanOrEqual(1900);
    expect(closed.after).toBeLessThan(4500);
  });

  it('still serves a client that is slow but within the time', async () => {
    const closed = await trickle(
      port,
      'GET /api/nowhere HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n',
      '\r\n',
      3000,
    );
    expect(closed.answer).toMatch(/^HTTP\/1\.1 404 /);
  });
});
