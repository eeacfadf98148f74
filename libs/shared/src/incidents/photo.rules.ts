/**
 * Photos of the main courante (issue 24 point 4): what a photo may be, read by the API (which
 * refuses the rest) and the web app (which resizes before sending). Pure: no framework.
 */
export const PHOTO_LIMITS = {
  /** Per entry, and per complement. */
  perEntry: 6,
  /**
   * Bytes of one upload. The phone sends a JPEG of at most 2 048 px (0.3 to 1.5 MB): 10 MB leaves
   * room for a PNG or a photo a browser could not resize, and bounds what one request holds in memory.
   */
  maxBytes: 10 * 1024 * 1024,
  /** The long side of a photo resized on the phone. */
  longSide: 2048,
  /** JPEG quality of the re-encoding on the phone. */
  jpegQuality: 0.85,
} as const;

export type PhotoMediaType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic';

/** A photo's name: the SHA-256 of its bytes, in lower-case hexadecimal. */
export const PHOTO_HASH_PATTERN = /^[0-9a-f]{64}$/;

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to));

/**
 * What image the bytes are, by their content (magic numbers), never by a name or a declared type;
 * null when they are none of JPEG, PNG, WebP or HEIC/HEIF.
 */
export function photoTypeOf(bytes: Uint8Array): PhotoMediaType | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes[0] === 0x89 &&
    ascii(bytes, 1, 4) === 'PNG' &&
    bytes[4] === 0x0d &&
    bytes[5] === 0x0a &&
    bytes[6] === 0x1a &&
    bytes[7] === 0x0a
  )
    return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  // ISO base media file: `ftyp` box at 4, then the brand of a HEIF still image.
  if (
    ascii(bytes, 4, 8) === 'ftyp' &&
    /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(bytes, 8, 12))
  )
    return 'image/heic';
  return null;
}

/** Width and height scaled so that the long side is at most `longSide` (never enlarged). */
export function fitWithin(
  width: number,
  height: number,
  longSide: number = PHOTO_LIMITS.longSide,
): {
  width: number;
  height: number;
} {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
