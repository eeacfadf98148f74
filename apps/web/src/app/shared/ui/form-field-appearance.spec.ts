import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every template of the app (inline ones in .ts files too). */
function templates(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return templates(path);
    if (!/\.(html|ts)$/.test(entry.name) || entry.name.endsWith('.spec.ts')) return [];
    return [{ file: path.slice(dir.length), text: readFileSync(path, 'utf8') }];
  });
}

// The outline look is set on each field, not app-wide: an app-wide MAT_FORM_FIELD_DEFAULT_OPTIONS
// would pull the whole form-field component into the first load of every page, sign-in included.
describe('form fields', () => {
  it('are all outlined', () => {
    const root = join(__dirname, '..', '..');
    const all = templates(root).flatMap(({ file, text }) =>
      [...text.matchAll(/<mat-form-field\b[^>]*>/g)].map((match) => ({ file, tag: match[0] })),
    );
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(({ tag }) => !tag.includes('appearance="outline"'))).toEqual([]);
  });
});
