import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { solverJargonIn } from '@vigie/shared';

/** The files of the planning feature a user reads: templates and the TypeScript of their words. */
function sources(root: string, dir = root): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(root, path);
    if (!/\.(html|ts)$/.test(entry.name) || entry.name.endsWith('.spec.ts')) return [];
    return [{ file: path.slice(root.length), text: readFileSync(path, 'utf8') }];
  });
}

/** What a template shows: its text and its static labels, without markup, bindings or comments. */
function shownByTemplate(html: string): string[] {
  const labels = [...html.matchAll(/\s(?:aria-label|title|placeholder|matTooltip|alt)="([^"]*)"/g)].map(
    (match) => match[1],
  );
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/@[a-z]+(\s*\((?:[^()]|\([^()]*\))*\))?\s*\{|\}/gi, ' ');
  return [text, ...labels];
}

/** Every `$localize` text of a TypeScript file, its placeholders left out, and its inline templates. */
function localizedIn(ts: string): string[] {
  const inline = [...ts.matchAll(/template:\s*`([\s\S]*?)`/g)].flatMap((match) => shownByTemplate(match[1]));
  const texts = [...ts.matchAll(/\$localize`([^`]*)`/g)].map((match) =>
    match[1].replace(/\$\{[^}]*\}/g, ' '),
  );
  return [...texts, ...inline];
}

describe('the planning speaks to a chief, not to a solver', () => {
  it('has no solver jargon in any text of the planning and planner screens', () => {
    const files = sources(join(__dirname, '..'));
    expect(files.map(({ file }) => file)).toEqual(
      expect.arrayContaining([
        '/components/plan-panel.html',
        '/pages/planning.page.html',
        '/words/plan-words.ts',
      ]),
    );
    const jargon = files.flatMap(({ file, text }) =>
      (file.endsWith('.html') ? shownByTemplate(text) : localizedIn(text)).flatMap((shown) =>
        solverJargonIn(shown).map((word) => `${file}: ${word}`),
      ),
    );
    expect(jargon).toEqual([]);
  });
});
