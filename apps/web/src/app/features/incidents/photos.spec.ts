import { blobBytes } from '../../shared/files/base64';
import {
  type DecodedPicture,
  type Imaging,
  PhotoUnreadable,
  preparePhoto,
  sha256Hex,
  withPosition,
} from './photos';

/** A browser stand-in that records what it was asked to draw and gives back fixed JPEG bytes. */
function imaging(width: number, height: number, failDecode = false) {
  const drawn: { width: number; height: number; quality: number }[] = [];
  let closed = 0;
  const fake: Imaging = {
    decode: () => {
      if (failDecode) return Promise.reject(new Error('format inconnu'));
      const picture: DecodedPicture = {
        width,
        height,
        source: {} as CanvasImageSource,
        close: () => closed++,
      };
      return Promise.resolve(picture);
    },
    encode: (_picture, w, h, quality) => {
      drawn.push({ width: w, height: h, quality });
      return Promise.resolve(
        new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xdb, w % 256, h % 256])], { type: 'image/jpeg' }),
      );
    },
  };
  return { fake, drawn, closed: () => closed };
}

describe('preparePhoto', () => {
  it('brings a 12 MP photo to 2 048 px on its long side, re-encoded as JPEG, named by its SHA-256', async () => {
    const browser = imaging(4032, 3024);
    const photo = await preparePhoto(new Blob(['original with EXIF']), browser.fake);
    expect(browser.drawn).toEqual([{ width: 2048, height: 1536, quality: 0.85 }]);
    expect(photo).toMatchObject({ width: 2048, height: 1536 });
    expect(photo.blob.type).toBe('image/jpeg');
    // Only the re-encoded pixels go: the original file (and its metadata) is not what is sent.
    const sent = new Uint8Array(await blobBytes(photo.blob));
    expect([...sent]).toEqual([0xff, 0xd8, 0xff, 0xdb, 2048 % 256, 1536 % 256]);
    expect(photo.sha256).toBe(await sha256Hex(sent.buffer));
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(browser.closed()).toBe(1);
  });

  it('keeps a small photo at its size, portrait included', async () => {
    const browser = imaging(1200, 1600);
    await preparePhoto(new Blob(['x']), browser.fake);
    expect(browser.drawn[0]).toMatchObject({ width: 1200, height: 1600 });
  });

  it('says in French when the browser cannot read the file (HEIC in Chrome, a broken file)', async () => {
    const browser = imaging(0, 0, true);
    await expect(preparePhoto(new Blob(['pas une image']), browser.fake)).rejects.toThrow(PhotoUnreadable);
    await expect(preparePhoto(new Blob(['pas une image']), browser.fake)).rejects.toThrow(
      /n’a pas pu être lue par le navigateur/,
    );
  });
});

describe('withPosition', () => {
  it('writes the kept position into the photo’s EXIF, renames it by its new bytes, and leaves the original as it was', async () => {
    const photo = await preparePhoto(new Blob(['x']), imaging(1200, 1600).fake);
    const placed = await withPosition({ ...photo, url: 'blob:vignette' }, [50.6447, 2.9871]);
    const bytes = new Uint8Array(await blobBytes(placed.blob));
    expect([...bytes.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
    expect(new TextDecoder('latin1').decode(bytes.subarray(6, 10))).toBe('Exif');
    expect(placed.sha256).toBe(await sha256Hex(bytes.buffer));
    expect(placed.sha256).not.toBe(photo.sha256);
    expect(placed).toMatchObject({ url: 'blob:vignette', width: 1200, height: 1600 });
    expect(placed.blob.type).toBe('image/jpeg');
    // The same photo and position give the same bytes: a retry sends the same name.
    expect((await withPosition(photo, [50.6447, 2.9871])).sha256).toBe(placed.sha256);
  });
});
