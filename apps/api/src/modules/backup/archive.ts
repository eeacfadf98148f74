import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * Vigie's archive format. Every table of the schema, as PostgreSQL's own `COPY` text (exact for
 * every type), read in one snapshot; the schema itself is the committed migrations, named in the
 * archive, so a restore rebuilds it with the code that knows it.
 *
 *   plain:     "VIGIEBAK" 0x01, then gzip of frames
 *   encrypted: "VIGIEENC" 0x01, a 12-byte IV, the plain archive in AES-256-GCM, its 16-byte tag
 *
 * A frame is a type byte, a 4-byte length and its payload: H (header, JSON), T (a table and its
 * columns, JSON), D (COPY rows), E (end of the table, its row count), Z (end of the archive).
 * A file cut short lacks its Z frame (and its gzip trailer, and its GCM tag).
 */
export const PLAIN_MAGIC = Buffer.from('VIGIEBAK\x01', 'latin1');
export const ENCRYPTED_MAGIC = Buffer.from('VIGIEENC\x01', 'latin1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** COPY rows are gathered in frames of about this size (PostgreSQL sends one message per row). */
const DATA_FRAME_BYTES = 256 * 1024;

export type FrameType = 'H' | 'T' | 'D' | 'E' | 'Z';
export interface Frame {
  type: FrameType;
  payload: Buffer;
}

/** The archive is not readable as one of Vigie's: why, in French (refused before anything is written). */
export class ArchiveError extends Error {
  constructor(
    readonly code: 'BACKUP_NOT_AN_ARCHIVE' | 'BACKUP_KEY_REFUSED',
    message: string,
  ) {
    super(message);
  }
}

/** VIGIE_BACKUP_KEY: 64 hexadecimal characters, or 32 bytes in base64. Null when it is neither. */
export function parseBackupKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === 32) return bytes;
  }
  return null;
}

/** Writes frames into an archive file; gives its size and SHA-256 (of the bytes on disk) at the end. */
export class ArchiveWriter {
  private readonly gzip = createGzip({ level: 3 });
  private readonly done: Promise<void>;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(path: string, key: Buffer | null) {
    const tap = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
      },
    });
    const file = createWriteStream(path, { mode: 0o600 });
    this.done = key
      ? pipeline(this.gzip, prefixed(PLAIN_MAGIC), encrypting(key), tap, file)
      : pipeline(this.gzip, prefixed(PLAIN_MAGIC), tap, file);
    this.done.catch(() => undefined);
  }

  async frame(type: FrameType, payload: Buffer | object): Promise<void> {
    await this.flushData();
    await this.raw(type, Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload)));
  }

  /** COPY rows, gathered into frames of ~256 KB. */
  async data(chunk: Buffer): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= DATA_FRAME_BYTES) await this.flushData();
  }

  async close(): Promise<{ bytes: number; sha256: string }> {
    await this.flushData();
    this.gzip.end();
    await this.done;
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  destroy(): void {
    this.gzip.destroy();
  }

  private async flushData(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const payload = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await this.raw('D', payload);
  }

  private async raw(type: FrameType, payload: Buffer): Promise<void> {
    const head = Buffer.alloc(5);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(payload.length, 1);
    this.gzip.write(head);
    if (!this.gzip.write(payload)) await new Promise((resolve) => this.gzip.once('drain', resolve));
  }
}

/** The SHA-256 of a file, streamed. */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(
    createReadStream(path),
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback();
      },
    }),
  );
  return hash.digest('hex');
}

/**
 * The frames of an archive, in order. Throws an ArchiveError for a file that is not an archive
 * of Vigie, is cut short, or cannot be decrypted with `key` (the GCM tag is checked at the end:
 * a reader must not act on what it read before the Z frame and the end of the stream).
 */
export async function* readFrames(path: string, key: Buffer | null): AsyncGenerator<Frame> {
  const { size } = await stat(path);
  const head = await readBytes(path, 0, Math.min(size, ENCRYPTED_MAGIC.length));
  let source: Readable;
  if (head.equals(ENCRYPTED_MAGIC)) {
    if (!key) {
      throw new ArchiveError(
        'BACKUP_KEY_REFUSED',
        'Cette archive est chiffrée : donnez sa clé dans VIGIE_BACKUP_KEY pour la restaurer.',
      );
    }
    if (size < ENCRYPTED_MAGIC.length + IV_BYTES + TAG_BYTES) throw truncated();
    const iv = await readBytes(path, ENCRYPTED_MAGIC.length, IV_BYTES);
    const tag = await readBytes(path, size - TAG_BYTES, TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    const body = createReadStream(path, {
      start: ENCRYPTED_MAGIC.length + IV_BYTES,
      end: size - TAG_BYTES - 1,
    });
    source = body.pipe(decipher);
    body.on('error', (error) => decipher.destroy(error));
    // Node reports a wrong key or altered bytes only at the end, as "Unsupported state…".
    source = guard(source, () => keyRefused());
  } else if (head.equals(PLAIN_MAGIC)) {
    source = createReadStream(path);
  } else {
    throw new ArchiveError(
      'BACKUP_NOT_AN_ARCHIVE',
      'Ce fichier n’est pas une archive de sauvegarde de Vigie.',
    );
  }
  const gunzip = createGunzip();
  let magicLeft = PLAIN_MAGIC.length;
  let magicSeen = Buffer.alloc(0);
  const strip = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (magicLeft > 0) {
        const part = chunk.subarray(0, magicLeft);
        magicSeen = Buffer.concat([magicSeen, part]);
        magicLeft -= part.length;
        chunk = chunk.subarray(part.length);
        if (magicLeft === 0 && !magicSeen.equals(PLAIN_MAGIC)) return callback(keyRefused());
      }
      callback(null, chunk);
    },
  });
  const stream = source.pipe(strip).pipe(gunzip);
  source.on('error', (error) => strip.destroy(error));
  strip.on('error', (error) => gunzip.destroy(error));

  // Chunks are joined only once a whole frame is there (gunzip gives 16 KB, a frame is ~256 KB).
  let chunks: Buffer[] = [];
  let total = 0;
  let needed = 5;
  let ended = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      total += chunk.length;
      if (total < needed) continue;
      let buffer = Buffer.concat(chunks, total);
      while (buffer.length >= 5) {
        const length = buffer.readUInt32BE(1);
        if (buffer.length < 5 + length) break;
        const type = buffer.toString('latin1', 0, 1) as FrameType;
        if (!'HTDEZ'.includes(type) || ended) throw notAnArchive();
        const payload = buffer.subarray(5, 5 + length);
        buffer = buffer.subarray(5 + length);
        if (type === 'Z') ended = true;
        yield { type, payload };
      }
      chunks = buffer.length ? [buffer] : [];
      total = buffer.length;
      needed = buffer.length >= 5 ? 5 + buffer.readUInt32BE(1) : 5;
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw truncated();
  }
  if (!ended || total > 0) throw truncated();
}

function truncated(): ArchiveError {
  return new ArchiveError(
    'BACKUP_NOT_AN_ARCHIVE',
    'L’archive est incomplète ou abîmée (coupée pendant la copie ?) : elle ne peut pas être restaurée.',
  );
}

function notAnArchive(): ArchiveError {
  return new ArchiveError(
    'BACKUP_NOT_AN_ARCHIVE',
    'Ce fichier n’est pas une archive de sauvegarde de Vigie.',
  );
}

function keyRefused(): ArchiveError {
  return new ArchiveError(
    'BACKUP_KEY_REFUSED',
    'L’archive ne se déchiffre pas avec VIGIE_BACKUP_KEY : ce n’est pas sa clé, ou l’archive a été altérée.',
  );
}

/** Replaces a stream's error by ours (the cipher's own message means nothing to a reader). */
function guard(stream: Readable, error: () => Error): Readable {
  const out = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk);
    },
  });
  stream.on('error', () => out.destroy(error()));
  return stream.pipe(out);
}

async function readBytes(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Writes `magic` before the stream's bytes. */
function prefixed(magic: Buffer): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (first) {
        first = false;
        this.push(magic);
      }
      callback(null, chunk);
    },
    flush(callback) {
      if (first) this.push(magic);
      callback();
    },
  });
}

/** AES-256-GCM of the stream: magic, IV, ciphertext, then the tag. */
function encrypting(key: Buffer): Transform {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (first) {
        first = false;
        this.push(Buffer.concat([ENCRYPTED_MAGIC, iv]));
      }
      callback(null, cipher.update(chunk));
    },
    flush(callback) {
      if (first) this.push(Buffer.concat([ENCRYPTED_MAGIC, iv]));
      this.push(cipher.final());
      this.push(cipher.getAuthTag());
      callback();
    },
  });
}
