import { Readable, Writable } from 'node:stream';

import type { Client, PoolClient } from 'pg';

/**
 * `COPY … TO STDOUT` and `COPY … FROM STDIN` over a `pg` client, as streams: the driver routes the
 * COPY messages to the active query (its `Submittable` interface), and this is the few lines of
 * protocol the `pg-copy-streams` package would bring, without a new dependency. COPY needs only
 * SELECT (out) or INSERT (in) on the table: the app role's nightly backup uses it too.
 */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.ReadWriteStream & { writableNeedDrain?: boolean };
}

type Queryable = Client | PoolClient;

/** Rows of `COPY (…) TO STDOUT` (text format), streamed with back-pressure on the socket. */
export class CopyOut extends Readable {
  rows = 0;
  private connection: PgConnection | null = null;

  constructor(private readonly text: string) {
    super({ highWaterMark: 1 << 20 });
  }

  static of(client: Queryable, text: string): CopyOut {
    const copy = new CopyOut(text);
    (client as unknown as { query(submittable: unknown): void }).query(copy);
    return copy;
  }

  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    // The chunk is a view into the driver's read buffer, which it reuses for what comes next:
    // copied, or rows kept for later would be overwritten (the 1 M bench lost rows so).
    if (!this.push(Buffer.from(message.chunk))) this.connection?.stream.pause();
  }

  override _read(): void {
    this.connection?.stream.resume();
  }

  handleCommandComplete(message: { text: string }): void {
    this.rows = Number(message.text.split(' ')[1] ?? 0);
  }

  handleReadyForQuery(): void {
    this.connection?.stream.resume();
    this.push(null);
  }

  handleError(error: Error): void {
    this.connection?.stream.resume();
    this.destroy(error);
  }

  handleRowDescription(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
  handleDataRow(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
  handlePortalSuspended(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
  handleEmptyQuery(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
  handleCopyInResponse(connection: PgConnection): void {
    connection.sendCopyFail('COPY FROM inattendu');
  }
}

/** `COPY … FROM STDIN` (text format): what is written goes to the table; `finish()` waits for the server. */
export class CopyIn extends Writable {
  rows = 0;
  private connection: PgConnection | null = null;
  private started: Promise<void>;
  private start!: () => void;
  private fail!: (error: Error) => void;
  private settled: Promise<void>;
  private settle!: () => void;
  private failure: Error | null = null;

  constructor(private readonly text: string) {
    super({ highWaterMark: 1 << 20 });
    this.started = new Promise((resolve) => (this.start = resolve));
    this.settled = new Promise((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
    });
    this.settled.catch(() => undefined);
  }

  static into(client: Queryable, text: string): CopyIn {
    const copy = new CopyIn(text);
    (client as unknown as { query(submittable: unknown): void }).query(copy);
    return copy;
  }

  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  handleCopyInResponse(): void {
    this.start();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    void this.started.then(() => {
      if (this.failure) return callback(this.failure);
      const connection = this.connection!;
      connection.sendCopyFromChunk(chunk);
      if (connection.stream.writableNeedDrain) connection.stream.once('drain', () => callback());
      else callback();
    });
  }

  override _final(callback: (error?: Error | null) => void): void {
    void this.started.then(() => {
      if (!this.failure) this.connection!.endCopyFrom();
      this.settled.then(() => callback(), callback);
    });
  }

  handleCommandComplete(message: { text: string }): void {
    this.rows = Number(message.text.split(' ')[1] ?? 0);
  }

  handleReadyForQuery(): void {
    if (this.failure) this.fail(this.failure);
    else this.settle();
  }

  handleError(error: Error): void {
    this.failure = error;
    this.start();
    this.fail(error);
  }

  handleRowDescription(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
  handleDataRow(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
  handlePortalSuspended(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
  handleEmptyQuery(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
  handleCopyData(): void {
    // The driver routes every reply to the active query; COPY gets none of these.
  }
}
