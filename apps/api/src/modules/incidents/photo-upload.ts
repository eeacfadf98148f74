import { PHOTO_LIMITS } from '@vigie/shared';
import { FastifyInstance, FastifyRequest } from 'fastify';

import { photoTooLarge } from './incident-photos.service';

/** The media types a photo may be sent as; what it really is is read from its bytes. */
export const PHOTO_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/octet-stream',
];

/**
 * Bodies sent as an image or as bytes are read whole into a Buffer, up to the photo's limit
 * (not the 1 MB of JSON bodies): beyond it, 413 with the photo's own message, at once when
 * `Content-Length` says so. Only the photo route reads such a body; any other answers 400/415.
 */
export function acceptPhotoBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    /^(image\/|application\/octet-stream)/i,
    (
      request: FastifyRequest,
      payload: NodeJS.ReadableStream,
      done: (error: Error | null, body?: Buffer) => void,
    ) => {
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > PHOTO_LIMITS.maxBytes) {
        payload.resume();
        done(photoTooLarge());
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let finished = false;
      const finish = (error: Error | null, body?: Buffer): void => {
        if (finished) return;
        finished = true;
        done(error, body);
      };
      payload.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > PHOTO_LIMITS.maxBytes) {
          chunks.length = 0;
          finish(photoTooLarge());
          return;
        }
        if (!finished) chunks.push(chunk);
      });
      payload.on('end', () => finish(null, Buffer.concat(chunks)));
      payload.on('error', (error: Error) => finish(error));
    },
  );
}
