import { Injector } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

import { ICONS } from './icons.generated';

/**
 * The icons of the app as inline SVG (`<mat-icon svgIcon="…">`): the few the app names, written
 * by scripts/icons.mjs, instead of a 129 kB font of them all. Loaded lazily, beside the session.
 */
export function registerIcons(injector: Injector): void {
  addIcons(injector.get(MatIconRegistry), injector.get(DomSanitizer));
}

export function addIcons(registry: MatIconRegistry, sanitizer: DomSanitizer): void {
  for (const [name, svg] of Object.entries(ICONS)) {
    // The SVG comes from the build (the icon set), never from a user.
    registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
  }
}
