import { type LatLng } from '../services/territory.rules';

/**
 * The one piece of EXIF a photo of the main courante may carry: the GPS position, and only when
 * the agent kept the phone's position for the entry (issue 24 point 4). The phone re-encodes every
 * photo from its pixels (no metadata survives); this writes back a block holding the position
 * alone — the same numbers as the entry's, readable by any photo viewer. Pure: bytes in, bytes out.
 *
 * Layout (EXIF 2.3, TIFF little-endian): IFD0 with the GPS IFD pointer (0x8825) only; the GPS IFD
 * with GPSVersionID 2.3.0.0, GPSLatitudeRef, GPSLatitude, GPSLongitudeRef, GPSLongitude; degrees,
 * minutes and seconds as rationals, the seconds to the thousandth (3 cm).
 */
export function withGpsPosition(jpeg: Uint8Array, [lat, lng]: LatLng): Uint8Array<ArrayBuffer> {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    throw new Error('not a position');
  const tiff = new DataView(new ArrayBuffer(TIFF_SIZE));
  const bytes = new Uint8Array(tiff.buffer);
  let at = 0;
  const u16 = (value: number): void => {
    tiff.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number): void => {
    tiff.setUint32(at, value, true);
    at += 4;
  };
  const entry = (tag: number, type: number, count: number, value: (() => void) | number): void => {
    u16(tag);
    u16(type);
    u32(count);
    if (typeof value === 'number') u32(value);
    else {
      const end = at + 4;
      value();
      at = end;
    }
  };
  const text = (value: string) => () => {
    for (const char of value) bytes[at++] = char.charCodeAt(0);
  };
  // TIFF header, IFD0 at 8.
  u16(0x4949);
  u16(42);
  u32(8);
  u16(1);
  entry(0x8825, LONG, 1, GPS_IFD);
  u32(0);
  // The GPS IFD.
  u16(5);
  entry(0x0000, BYTE, 4, () => bytes.set([2, 3, 0, 0], at));
  entry(0x0001, ASCII, 2, text(lat < 0 ? 'S\0' : 'N\0'));
  entry(0x0002, RATIONAL, 3, LATITUDE);
  entry(0x0003, ASCII, 2, text(lng < 0 ? 'W\0' : 'E\0'));
  entry(0x0004, RATIONAL, 3, LONGITUDE);
  u32(0);
  for (const value of [...sexagesimal(Math.abs(lat)), ...sexagesimal(Math.abs(lng))]) {
    u32(value[0]);
    u32(value[1]);
  }

  const exif = new Uint8Array(4 + EXIF_ID.length + TIFF_SIZE);
  exif.set([0xff, 0xe1, (exif.length - 2) >> 8, (exif.length - 2) & 0xff]);
  exif.set(EXIF_ID, 4);
  exif.set(bytes, 4 + EXIF_ID.length);
  // After the JFIF marker when there is one (JFIF wants it first), else right after SOI.
  const after = jpeg[2] === 0xff && jpeg[3] === 0xe0 ? 4 + ((jpeg[4] << 8) | jpeg[5]) : 2;
  const out = new Uint8Array(jpeg.length + exif.length);
  out.set(jpeg.subarray(0, after));
  out.set(exif, after);
  out.set(jpeg.subarray(after), after + exif.length);
  return out;
}

const BYTE = 1;
const ASCII = 2;
const LONG = 4;
const RATIONAL = 5;
const EXIF_ID = [0x45, 0x78, 0x69, 0x66, 0, 0]; // « Exif\0\0 »
/** Offsets in the TIFF block: header 8, IFD0 2 + 12 + 4, GPS IFD 2 + 5 × 12 + 4, two rationals × 3. */
const GPS_IFD = 8 + 18;
const LATITUDE = GPS_IFD + 66;
const LONGITUDE = LATITUDE + 24;
const TIFF_SIZE = LONGITUDE + 24;

/** Degrees, minutes and seconds (to the thousandth) as numerator/denominator pairs. */
function sexagesimal(degrees: number): [number, number][] {
  const thousandths = Math.round(degrees * 3_600_000);
  const whole = Math.floor(thousandths / 3_600_000);
  const minutes = Math.floor((thousandths % 3_600_000) / 60_000);
  return [
    [whole, 1],
    [minutes, 1],
    [thousandths % 60_000, 1000],
  ];
}
