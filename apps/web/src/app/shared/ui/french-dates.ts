import { Injectable, Provider } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_DATE_LOCALE,
  MAT_NATIVE_DATE_FORMATS,
  NativeDateAdapter,
} from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';

const FRENCH_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/**
 * The native date adapter, French way: weeks start on Monday and a typed date reads dd/MM/yyyy
 * (the native adapter would read 04/01/2027 as 1 April). Displayed as dd/MM/yyyy by fr-FR.
 */
@Injectable()
export class FrenchDateAdapter extends NativeDateAdapter {
  override getFirstDayOfWeek(): number {
    return 1;
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    if (value.trim() === '') return null;
    const match = FRENCH_DATE.exec(value);
    if (!match) return this.invalid();
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(year, month - 1, day);
    return date.getMonth() === month - 1 && date.getDate() === day ? date : this.invalid();
  }
}

/** The datepicker's own words, in French. */
@Injectable()
export class FrenchDatepickerIntl extends MatDatepickerIntl {
  override calendarLabel = $localize`Calendrier`;
  override openCalendarLabel = $localize`Ouvrir le calendrier`;
  override closeCalendarLabel = $localize`Fermer le calendrier`;
  override prevMonthLabel = $localize`Mois précédent`;
  override nextMonthLabel = $localize`Mois suivant`;
  override prevYearLabel = $localize`Année précédente`;
  override nextYearLabel = $localize`Année suivante`;
  override prevMultiYearLabel = $localize`24 années précédentes`;
  override nextMultiYearLabel = $localize`24 années suivantes`;
  override switchToMonthViewLabel = $localize`Choisir une date`;
  override switchToMultiYearViewLabel = $localize`Choisir le mois et l’année`;
}

/**
 * Providers of a component holding a Material datepicker (the lazy feature's, not the app's):
 * native dates, fr-FR locale, dd/MM/yyyy.
 */
export function provideFrenchDates(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useValue: 'fr-FR' },
    { provide: DateAdapter, useClass: FrenchDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: FrenchDatepickerIntl },
  ];
}
