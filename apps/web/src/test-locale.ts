import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';

// After test-setup.ts: @angular/common needs the JIT compiler the test environment loads.
registerLocaleData(localeFr);
