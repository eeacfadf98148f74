import { fitWithin, photoTypeOf } from './photo.rules';

const bytes = (...values: (number | string)[]): Uint8Array =>
  new Uint8Array(
    values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])),
  );
const pad = (head: Uint8Array): Uint8Array => {
  const out = new Uint8Array(32);
  out.set(head);
  return out;
};

describe('photoTypeOf', () => {
  it('knows JPEG, PNG, WebP and HEIC by their first bytes', () => {
    expect(photoTypeOf(pad(bytes(0xff, 0xd8, 0xff, 0xe0)))).toBe('image/jpeg');
    expect(photoTypeOf(pad(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)))).toBe('image/png');
    expect(photoTypeOf(pad(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 ')))).toBe('image/webp');
    expect(photoTypeOf(pad(bytes(0, 0, 0, 0x18, 'ftypheic')))).toBe('image/heic');
    expect(photoTypeOf(pad(bytes(0, 0, 0, 0x18, 'ftypmif1')))).toBe('image/heic');
  });

  it('refuses what only looks like an image by name: text, PDF, a video, too few bytes', () => {
    expect(photoTypeOf(pad(bytes('hello world, not a photo')))).toBeNull();
    expect(photoTypeOf(pad(bytes('%PDF-1.7')))).toBeNull();
    expect(photoTypeOf(pad(bytes(0, 0, 0, 0x18, 'ftypisom')))).toBeNull();
    expect(photoTypeOf(bytes(0xff, 0xd8, 0xff))).toBeNull();
    expect(photoTypeOf(pad(bytes('RIFF', 0, 0, 0, 0, 'WAVE')))).toBeNull();
  });
});

describe('fitWithin', () => {
  it('brings the long side to 2 048 px, keeping the proportions, and never enlarges', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 2048, height: 1536 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1536, height: 2048 });
    expect(fitWithin(2048, 100)).toEqual({ width: 2048, height: 100 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(100000, 1)).toEqual({ width: 2048, height: 1 });
  });
});
