import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';

import { AppConfig } from '../../config/app-config';
import { embeddedDataDir } from '../../database/embedded-postgres';

/**
 * Where the bytes of the main courante's photos are kept, each under the SHA-256 of its content
 * (so writing the same photo twice is harmless). Chosen by configuration: PHOTO_STORAGE.
 */
export abstract class PhotoStore {
  /** Where, in words, for the logs and the start banner. */
  abstract readonly description: string;
  abstract put(sha256: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** The bytes, or null when nothing is kept under that name. */
  abstract get(sha256: string): Promise<Buffer | null>;
  /** Deleting what is not there is no error. */
  abstract remove(sha256: string): Promise<void>;
}

/** PHOTO_DIR, else `photos/` beside the embedded cluster (`<data dir>/photos`). */
export function photoDirOf(config: AppConfig): string {
  if (config.photos.kind === 'dir' && config.photos.dir) return config.photos.dir;
  const dataDir = config.databaseUrl
    ? config.dataDir
    : embeddedDataDir(config.dataDir, { explicit: config.dataDirExplicit });
  return join(dataDir, 'photos');
}

/** One file per photo, `<dir>/ab/<sha256>`, written whole or not at all (a temporary file renamed). */
export class DirectoryPhotoStore extends PhotoStore {
  readonly description: string;

  constructor(private readonly dir: string) {
    super();
    this.description = `dossier ${dir}`;
  }

  private pathOf(sha256: string): string {
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(sha256: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(sha256);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.part`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, path);
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}

/** An S3-compatible object store (MinIO in the compose file, or AWS): one object per photo, `photos/<sha256>`. */
export class S3PhotoStore extends PhotoStore {
  readonly description: string;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {
    super();
    this.description = `compartiment S3 ${bucket}`;
  }

  static fromSettings(settings: Extract<AppConfig['photos'], { kind: 's3' }>): S3PhotoStore {
    const client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      ...(settings.credentials ? { credentials: settings.credentials } : {}),
      forcePathStyle: settings.pathStyle,
      // A store that does not answer must not hold a request for ever.
      requestHandler: { requestTimeout: 20_000, connectionTimeout: 5_000 },
    });
    return new S3PhotoStore(client, settings.bucket);
  }

  static keyOf(sha256: string): string {
    return `photos/${sha256}`;
  }

  async put(sha256: string, bytes: Buffer, mediaType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: S3PhotoStore.keyOf(sha256),
        Body: bytes,
        ContentType: mediaType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: S3PhotoStore.keyOf(sha256) }),
      );
      if (!answer.Body) return null;
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: S3PhotoStore.keyOf(sha256) }));
  }
}

export function photoStoreOf(config: AppConfig): PhotoStore {
  return config.photos.kind === 's3'
    ? S3PhotoStore.fromSettings(config.photos)
    : new DirectoryPhotoStore(photoDirOf(config));
}
