import { MatIconRegistry } from '@angular/material/icon';
import type { DomSanitizer } from '@angular/platform-browser';

import { addIcons } from './app/core/icons/icons';

// The app registers its SVG icons at start-up (app.config.ts); every test's registry gets the
// same ones on first use, so a component naming an icon the app does not have fails its test.
const registered = new WeakSet<MatIconRegistry>();
const getNamedSvgIcon = MatIconRegistry.prototype.getNamedSvgIcon;
MatIconRegistry.prototype.getNamedSvgIcon = function (this: MatIconRegistry, ...args) {
  if (!registered.has(this)) {
    registered.add(this);
    addIcons(this, (this as unknown as { _sanitizer: DomSanitizer })._sanitizer);
  }
  return getNamedSvgIcon.apply(this, args);
};
