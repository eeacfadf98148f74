import type { Route, Routes } from '@angular/router';

/**
 * Starts downloading the code of the page an address leads to as soon as the app starts, while the
 * session is being restored: the router, once the guards have passed, finds the page's modules
 * already fetched instead of fetching them one level of imports after another.
 *
 * The walk follows the router's first-match order on plain segments (`:id` matches any one). It
 * stops where the router would choose among '' alternatives by their `canMatch` (each role's home):
 * guessing would download a page for nothing. A `canMatch` on a named path (a feature some roles
 * lack) is followed: at worst, someone typing an address he may not open downloads code he never
 * runs. Never throws: the router loads what this missed.
 */
export async function loadEarly(routes: Routes, segments: readonly string[]): Promise<void> {
  try {
    await walk(routes, segments);
  } catch {
    // A failed download is the router's to report, when it needs the module.
  }
}

async function walk(routes: Routes, segments: readonly string[]): Promise<void> {
  for (const route of routes) {
    const path = route.path ?? '';
    if (path === '**') return;
    const parts = path === '' ? [] : path.split('/');
    if (!matches(parts, segments)) continue;
    const rest = segments.slice(parts.length);
    if (route.pathMatch === 'full' && rest.length > 0) continue;
    if (route.canMatch && parts.length === 0) return;
    void route.loadComponent?.();
    const children = route.children ?? (route.loadChildren ? await childrenOf(route) : undefined);
    if (children) await walk(children, rest);
    return;
  }
}

function matches(parts: readonly string[], segments: readonly string[]): boolean {
  return (
    parts.length <= segments.length && parts.every((part, i) => part.startsWith(':') || part === segments[i])
  );
}

async function childrenOf(route: Route): Promise<Routes | undefined> {
  const loaded: unknown = await route.loadChildren?.();
  return Array.isArray(loaded) ? (loaded as Routes) : undefined;
}

/**
 * The segments of a path: `/main-courante/42?x=1` → `['main-courante', '42']`. Left encoded: the
 * route paths are plain words, and a malformed address (`%E0`) must not stop the app from starting.
 */
export function segmentsOf(pathname: string): string[] {
  return pathname
    .split(/[?#]/)[0]
    .split('/')
    .filter((segment) => segment !== '');
}
