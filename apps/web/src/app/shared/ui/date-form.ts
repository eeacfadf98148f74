import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

/**
 * What a form laid in a page (not a dialog) with a choice, dates and a send button is made of,
 * imported at once beside its French datepicker: `imports: [DATE_FORM], providers: [provideFrenchDates()]`.
 */
export const DATE_FORM = [
  MatButtonModule,
  MatDatepickerModule,
  MatFormFieldModule,
  MatInputModule,
  MatSelectModule,
  ReactiveFormsModule,
] as const;
