import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { PageFrame, pageFrame, pagePath } from '@vigie/shared';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/**
 * The frame of a page (see `PageFrame`): the toolbar and the page's header, painted by the browser
 * from the HTML, over the application while it starts. The classes are styled in the web app's
 * global styles (`apps/web/src/styles.scss`, « vg-frame »); the application removes the frame once
 * its first page is drawn (`apps/web/src/app/app.ts`). Hidden from assistive technologies: the
 * page's own header follows.
 */
export function frameHtml(frame: PageFrame): string {
  return (
    '<div id="vg-frame" class="vg-frame" aria-hidden="true" inert>' +
    '<div class="vg-frame-bar"><span class="vg-frame-menu"></span>' +
    '<img src="favicon.svg" alt="" width="28" height="28" /><span class="vg-frame-brand">Vigie</span>' +
    // The service is the session's, which the page does not know yet: the app names it.
    '<span class="vg-frame-service"></span></div>' +
    '<div class="vg-frame-body"><div class="vg-frame-nav"></div><div class="vg-frame-main">' +
    `<div class="vg-page${frame.wide ? ' vg-frame-wide' : ''}"><div class="vg-frame-header">` +
    `<h1>${escapeHtml(frame.title)}</h1><p>${escapeHtml(frame.lede)}</p>` +
    '</div></div></div></div></div>'
  );
}

/** The scripts a page's code needs beyond the initial ones, by page (scripts/page-preloads.mjs). */
type PagePreloads = ReadonlyMap<string, readonly string[]>;

/** The page whose code the web app fetches first (apps/web main.ts: without a session, the sign-in page's). */
function firstPageOf(path: string, signedIn: boolean): string {
  return signedIn ? pagePath(path) : '/connexion';
}

/**
 * The web app's page (index.html of the build), read at start-up and again when a build rewrites
 * it: every route of the app answers it. Four additions, made here rather than in the build because they depend on the request
 * or on the build's hashed file names:
 * - the text and button fonts are preloaded: they are discovered only once the stylesheet is
 *   parsed, and the page's first words would otherwise paint in a fallback font, then change
 *   size when they arrive (the planning's buttons wrapped anew: a layout shift of 0.037);
 * - a signed-in user (the session hint cookie) opening a framed page gets its frame;
 * - the page's first scripts are announced (`modulepreload`): the sign-in page's, or for a
 *   signed-in user those of the page asked for, so that they download with the initial ones
 *   instead of one round trip later, once the page's own chunk has arrived;
 * - for a signed-in user, the script that restores the session comes first, `async`: the refresh
 *   is asked for while the app downloads, not once it has started.
 */
export class WebPage {
  private readonly head: string;
  private readonly tail: string;

  /** The build's restore-session script (apps/web/src/restore-session.js), hashed name. */
  private readonly restoreScript: string | null;

  private constructor(
    built: string,
    private readonly webRoot: string,
    private readonly modified: number,
    private readonly preloads: PagePreloads,
  ) {
    // Angular writes it deferred, after the polyfills: it is written anew, first and async, for a
    // signed-in user only (render).
    const restore = /<script src="(restore-session-[\w-]+\.js)" defer><\/script>/.exec(built);
    this.restoreScript = restore ? restore[1] : null;
    const html = restore ? built.replace(restore[0], '') : built;
    // The frame goes just before the application's element (it is fixed above it, see styles.scss).
    const root = html.indexOf('<vg-root');
    this.head = root < 0 ? html : html.slice(0, root);
    this.tail = root < 0 ? '' : html.slice(root);
  }

  static load(webRoot: string): WebPage {
    const file = join(webRoot, 'index.html');
    const modified = statSync(file).mtimeMs;
    const html = WebPage.withFontPreload(readFileSync(file, 'utf8'), webRoot);
    return new WebPage(html, webRoot, modified, WebPage.readPreloads(webRoot));
  }

  /** This page, or the one a new build wrote since (its scripts' names change with each build). */
  fresh(): WebPage {
    try {
      return statSync(join(this.webRoot, 'index.html')).mtimeMs === this.modified
        ? this
        : WebPage.load(this.webRoot);
    } catch {
      return this;
    }
  }

  /** A strong validator of a page's text, so that a reload answers 304 when nothing changed. */
  static etagOf(html: string): string {
    return `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
  }

  /** The page for `url` (path and query); `signedIn`: the request carries the session hint. */
  render(url: string, signedIn: boolean, now: Date = new Date()): string {
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    const query = mark < 0 ? '' : url.slice(mark + 1);
    const frame = signedIn ? pageFrame(path, new URLSearchParams(query), now) : null;
    let head = this.withModulePreloads(this.head, this.preloads.get(firstPageOf(path, signedIn)) ?? []);
    if (signedIn) head = this.withRestoreScript(head);
    return frame ? head + frameHtml(frame) + this.tail : head + this.tail;
  }

  /** Before anything else the page fetches: the refresh is asked for while the app downloads. */
  private withRestoreScript(head: string): string {
    const first = head.indexOf('<link');
    if (!this.restoreScript || first < 0) return head;
    // The app waits for it when it has not run yet (apps/web auth.service.ts, RESTORE_SCRIPT_ATTRIBUTE).
    const script = `<script src="${this.restoreScript}" async data-session-restore></script>`;
    return head.slice(0, first) + script + head.slice(first);
  }

  private withModulePreloads(head: string, files: readonly string[]): string {
    const end = head.indexOf('</head>');
    if (files.length === 0 || end < 0) return head;
    const links = files.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
    return head.slice(0, end) + links + head.slice(end);
  }

  /** page-preloads.json of the build: only script names of the build's own form are kept. */
  private static readPreloads(webRoot: string): PagePreloads {
    const preloads = new Map<string, string[]>();
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(webRoot, 'page-preloads.json'), 'utf8'));
    } catch {
      return preloads;
    }
    if (!parsed || typeof parsed !== 'object') return preloads;
    for (const [page, files] of Object.entries(parsed)) {
      if (!Array.isArray(files)) continue;
      const scripts = files.filter(
        (file): file is string => typeof file === 'string' && /^[\w-]+\.js$/.test(file),
      );
      preloads.set(page, scripts);
    }
    return preloads;
  }

  private static withFontPreload(html: string, webRoot: string): string {
    let fonts: string[];
    try {
      fonts = readdirSync(join(webRoot, 'media'));
    } catch {
      return html;
    }
    // The text's weight, and the buttons' (Material's labels are medium, 500).
    const preloaded = ['400', '500']
      .map((weight) =>
        fonts.find((name) => new RegExp(`^roboto-latin-${weight}-normal-[\\w-]+\\.woff2$`).test(name)),
      )
      .filter((name): name is string => !!name);
    const stylesheet = html.indexOf('<link rel="stylesheet"');
    if (preloaded.length === 0 || stylesheet < 0) return html;
    const preloads = preloaded.map(
      (name) => `<link rel="preload" href="media/${name}" as="font" type="font/woff2" crossorigin>`,
    );
    return html.slice(0, stylesheet) + preloads.join('') + html.slice(stylesheet);
  }
}
