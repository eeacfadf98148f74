import { canonicalJson, incidentNumber } from './hash-chain.rules';

describe('hash chain canonical form', () => {
  it('sorts keys at every depth and drops undefined, so the same content always hashes the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: true, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":true}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('escapes strings as JSON and keeps accents', () => {
    expect(canonicalJson({ résumé: 'Tapage « nocturne »\n' })).toBe('{"résumé":"Tapage « nocturne »\\n"}');
  });

  it('writes dates as ISO instants', () => {
    expect(canonicalJson({ at: new Date('2026-06-12T19:00:00Z') })).toBe('{"at":"2026-06-12T19:00:00.000Z"}');
  });

  it('numbers entries MC-<year>-<6 digits>', () => {
    expect(incidentNumber(2026, 123)).toBe('MC-2026-000123');
  });
});
