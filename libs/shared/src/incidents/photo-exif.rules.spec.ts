import { withGpsPosition } from './photo-exif.rules';

/** A JPEG's start as a canvas gives it: SOI, a JFIF APP0 of 16 bytes, then the image's segments. */
const JFIF = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0];
const IMAGE = [0xff, 0xdb, 0x00, 0x04, 0x01, 0x02, 0xff, 0xd9];

/**
 * Reads the GPS position back as a viewer would: the APP1 segment, the TIFF header's byte order,
 * IFD0's GPS pointer (0x8825), the GPS IFD's tags 1–4 wherever they point.
 */
function gpsOf(jpeg: Uint8Array): { lat: number; lng: number; version: number[] } | null {
  let at = 2;
  while (at + 4 < jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1];
    const length = (jpeg[at + 2] << 8) | jpeg[at + 3];
    if (marker === 0xe1 && String.fromCharCode(...jpeg.subarray(at + 4, at + 8)) === 'Exif') {
      const tiff = new DataView(jpeg.buffer, jpeg.byteOffset + at + 10, length - 8);
      const little = tiff.getUint16(0) === 0x4949;
      const u16 = (o: number) => tiff.getUint16(o, little);
      const u32 = (o: number) => tiff.getUint32(o, little);
      const tags = (ifd: number): Map<number, number> => {
        const found = new Map<number, number>();
        for (let i = 0; i < u16(ifd); i++) found.set(u16(ifd + 2 + i * 12), ifd + 2 + i * 12);
        return found;
      };
      const ifd0 = tags(u32(4));
      const gps = tags(u32(ifd0.get(0x8825)! + 8));
      const angle = (tag: number, refTag: number): number => {
        const offset = u32(gps.get(tag)! + 8);
        const [d, m, s] = [0, 1, 2].map((i) => u32(offset + i * 8) / u32(offset + i * 8 + 4));
        const ref = String.fromCharCode(tiff.getUint8(gps.get(refTag)! + 8));
        return (d + m / 60 + s / 3600) * (ref === 'S' || ref === 'W' ? -1 : 1);
      };
      const version = [0, 1, 2, 3].map((i) => tiff.getUint8(gps.get(0)! + 8 + i));
      return { lat: angle(2, 1), lng: angle(4, 3), version };
    }
    at += 2 + length;
  }
  return null;
}

describe('the GPS position written into a photo whose agent kept the position', () => {
  it('writes the entry’s position, readable back to the ten-millionth of a degree, after the JFIF marker', () => {
    const jpeg = new Uint8Array([...JFIF, ...IMAGE]);
    const out = withGpsPosition(jpeg, [50.6447, 2.9871]);
    const gps = gpsOf(out)!;
    expect(gps.version).toEqual([2, 3, 0, 0]);
    expect(Math.abs(gps.lat - 50.6447)).toBeLessThan(1e-7);
    expect(Math.abs(gps.lng - 2.9871)).toBeLessThan(1e-7);
    // The JFIF marker first, the EXIF block next, the image's own bytes unchanged after it.
    expect([...out.subarray(0, JFIF.length)]).toEqual(JFIF);
    expect([...out.subarray(JFIF.length, JFIF.length + 2)]).toEqual([0xff, 0xe1]);
    expect([...out.subarray(out.length - IMAGE.length)]).toEqual(IMAGE);
  });

  it('writes 50° 38′ 40.920″ N and 2° 59′ 13.560″ E as rationals, and the hemispheres of a point south and west', () => {
    const out = withGpsPosition(new Uint8Array([...JFIF, ...IMAGE]), [50.6447, 2.9871]);
    const text = Buffer.from(out).toString('latin1');
    const rationals = (values: number[]) => Buffer.from(new Uint32Array(values).buffer).toString('latin1');
    expect(text).toContain(rationals([50, 1, 38, 1, 40920, 1000, 2, 1, 59, 1, 13560, 1000]));
    const south = gpsOf(withGpsPosition(new Uint8Array([...JFIF, ...IMAGE]), [-22.2758, -46.5]))!;
    expect(south.lat).toBeCloseTo(-22.2758, 7);
    expect(south.lng).toBeCloseTo(-46.5, 7);
  });

  it('goes right after the start of an image without a JFIF marker, and refuses what is not a JPEG or a position', () => {
    const bare = new Uint8Array([0xff, 0xd8, ...IMAGE]);
    const out = withGpsPosition(bare, [50.6447, 2.9871]);
    expect([...out.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
    expect(gpsOf(out)?.lat).toBeCloseTo(50.6447, 7);
    expect(() => withGpsPosition(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), [50, 3])).toThrow('not a JPEG');
    expect(() => withGpsPosition(bare, [91, 3])).toThrow('not a position');
    expect(() => withGpsPosition(bare, [Number.NaN, 3])).toThrow('not a position');
  });
});
