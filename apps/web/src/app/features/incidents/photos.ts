import { fitWithin, type LatLng, PHOTO_LIMITS, withGpsPosition } from '@vigie/shared';

import { blobBytes } from '../../shared/files/base64';

/** A photo ready to send: re-encoded JPEG bytes and their SHA-256 (its name for the API). */
export interface PreparedPhoto {
  blob: Blob;
  sha256: string;
  width: number;
  height: number;
}

/** A decoded picture, as the browser holds it. */
export interface DecodedPicture {
  width: number;
  height: number;
  source: CanvasImageSource;
  close(): void;
}

/** What the preparation needs of the browser, replaceable in tests. */
export interface Imaging {
  /** Decodes the file, its EXIF orientation applied. */
  decode(file: Blob): Promise<DecodedPicture>;
  /** Draws the picture at that size and encodes it as JPEG: only pixels, no metadata. */
  encode(picture: DecodedPicture, width: number, height: number, quality: number): Promise<Blob>;
}

export class PhotoUnreadable extends Error {}

/** The browser's own decoder and canvas (createImageBitmap, OffscreenCanvas or a canvas element). */
export const BROWSER_IMAGING: Imaging = {
  async decode(file) {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { width: bitmap.width, height: bitmap.height, source: bitmap, close: () => bitmap.close() };
  },
  async encode(picture, width, height, quality) {
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')!.drawImage(picture.source, 0, 0, width, height);
      return canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')!.drawImage(picture.source, 0, 0, width, height);
    return new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new PhotoUnreadable('encodage impossible'))),
        'image/jpeg',
        quality,
      ),
    );
  },
};

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // A view, not the buffer: a buffer from another realm (FileReader's in tests) is refused as such.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A photo taken or chosen on the phone, made ready to send: its long side brought to 2 048 px at
 * most and re-encoded as JPEG from its pixels, so that nothing of the original file's metadata
 * (EXIF: the phone's model, the time, the GPS position) goes with it. When the agent keeps the
 * phone's position for the entry, `withPosition` writes that one back at saving.
 */
export async function preparePhoto(file: Blob, imaging: Imaging = BROWSER_IMAGING): Promise<PreparedPhoto> {
  let picture: DecodedPicture;
  try {
    picture = await imaging.decode(file);
  } catch {
    throw new PhotoUnreadable(
      $localize`Cette photo n’a pas pu être lue par le navigateur : prenez-la à nouveau ou choisissez-en une autre (JPEG, PNG ou WebP).`,
    );
  }
  try {
    const { width, height } = fitWithin(picture.width, picture.height, PHOTO_LIMITS.longSide);
    const blob = await imaging.encode(picture, width, height, PHOTO_LIMITS.jpegQuality);
    if (blob.size > PHOTO_LIMITS.maxBytes) {
      throw new PhotoUnreadable($localize`Cette photo reste trop lourde une fois réduite (10 Mo au plus).`);
    }
    return { blob, sha256: await sha256Hex(await blobBytes(blob)), width, height };
  } finally {
    picture.close();
  }
}

/**
 * The photo as sent when the agent kept the phone's position for the entry: the same pixels with
 * that position in its EXIF (nothing else), under the hash of those bytes.
 */
export async function withPosition<T extends Pick<PreparedPhoto, 'blob' | 'sha256'>>(
  photo: T,
  position: LatLng,
): Promise<T> {
  const bytes = withGpsPosition(new Uint8Array(await blobBytes(photo.blob)), position);
  return { ...photo, blob: new Blob([bytes], { type: 'image/jpeg' }), sha256: await sha256Hex(bytes.buffer) };
}
