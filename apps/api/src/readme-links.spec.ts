import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * The README must stand on its own in a clone: every link it holds leads to a file of the
 * repository that exists, to one of its own headings, or to the web — never to a document beside
 * the checkout (`../shared/PRODUCT.md` existed on the author's machine only).
 */

const ROOT = resolve(__dirname, '../../..');

interface LinkProblem {
  link: string;
  problem: string;
}

/** The anchor GitHub gives a heading: « ## Trust: access, faults » → `trust-access-faults`. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The text outside fenced code blocks (a path in a shell example is not a link). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

function targetsOf(text: string): string[] {
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const references = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]);
  const autolinks = [...text.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]+)>/gi)].map((m) => m[1]);
  const html = [...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]);
  return [...inline, ...references, ...autolinks, ...html];
}

/** What is wrong with the links of `markdown`, the text of `file` in the repository at `root`. */
function linkProblems(markdown: string, file: string, root: string): LinkProblem[] {
  const text = prose(markdown);
  const anchors = new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => anchorOf(m[1])));
  const problems: LinkProblem[] = [];
  for (const link of targetsOf(text)) {
    if (link.startsWith('#')) {
      if (!anchors.has(decodeURIComponent(link.slice(1)))) {
        problems.push({ link, problem: 'no heading of this document has that anchor' });
      }
      continue;
    }
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1].toLowerCase();
    if (scheme !== undefined) {
      if (!['http', 'https', 'mailto'].includes(scheme)) {
        problems.push({ link, problem: `a ${scheme}: link leads out of the repository` });
      }
      continue;
    }
    const path = decodeURIComponent(link.replace(/[?#].*$/, ''));
    if (path.startsWith('/') || isAbsolute(path)) {
      problems.push({ link, problem: 'an absolute path is the author’s machine, not the clone' });
      continue;
    }
    const target = resolve(dirname(file), path);
    const inside = relative(root, target);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      problems.push({ link, problem: 'leads outside the repository' });
    } else if (!existsSync(target)) {
      problems.push({ link, problem: 'no such file in the repository' });
    }
  }
  // A path to a document beside the checkout, even written as code, sends the reader outside.
  for (const mention of text.matchAll(/(?:^|[\s`(["'])((?:\.\.\/)+[\w.-][^\s`)"']*)/g)) {
    const inside = relative(root, resolve(dirname(file), mention[1]));
    if (inside.startsWith('..'))
      problems.push({ link: mention[1], problem: 'names a path outside the repository' });
  }
  return problems;
}

describe('README', () => {
  it('links only to files of the repository that exist, its own headings or the web', () => {
    const file = resolve(ROOT, 'README.md');
    expect(linkProblems(readFileSync(file, 'utf8'), file, ROOT)).toEqual([]);
  });

  describe('link check', () => {
    const file = resolve(ROOT, 'README.md');
    const problemsOf = (markdown: string) => linkProblems(markdown, file, ROOT).map((p) => p.link);

    it('refuses a link to a document beside the checkout, and its mention as code', () => {
      expect(problemsOf('See [the product](../shared/PRODUCT.md).')).toEqual([
        '../shared/PRODUCT.md',
        '../shared/PRODUCT.md',
      ]);
      expect(problemsOf('Described in `../shared/PRODUCT.md`.')).toEqual(['../shared/PRODUCT.md']);
      expect(problemsOf('[api](apps/../../shared/API.md)')).toEqual(['apps/../../shared/API.md']);
    });

    it('refuses a file of the repository that does not exist, an absolute path and a file: URL', () => {
      expect(problemsOf('[x](docs/NOPE.md) [y](/etc/passwd) [z](file:///work/shared/API.md)')).toEqual([
        'docs/NOPE.md',
        '/etc/passwd',
        'file:///work/shared/API.md',
      ]);
    });

    it('refuses an anchor no heading has', () => {
      expect(problemsOf('## Tests\n\nSee [tests](#tests) and [nothing](#nothing).')).toEqual(['#nothing']);
    });

    it('accepts files of the repository, with a fragment, headings with accents and punctuation, the web', () => {
      expect(
        problemsOf(
          [
            '## Trust: access, bad input',
            '## Règles du planning',
            '[a](package.json) [b](./apps/api/src/main.ts#L1) [c](#trust-access-bad-input)',
            '[d](#règles-du-planning) <https://example.org/x> [e](http://localhost:3000/api/docs)',
            '[ref]: libs/shared/src/index.ts',
            '```bash',
            'cd ../elsewhere && npm test',
            '```',
          ].join('\n'),
        ),
      ).toEqual([]);
    });
  });
});
