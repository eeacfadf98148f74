import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture } from '@angular/core/testing';
import type { SchoolCalendarResponse, SchoolHolidayResponse, SchoolZone } from '@vigie/shared';

import { openDialogOnFakeBackend, removeDialog } from '../../../testing/dialog-testing';
import { panelOptions, settled } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import { SchoolCalendarDialog } from './school-calendar-dialog';

const ARRETE = 'Arrêté du 4 juillet 2025, education.gouv.fr';
const TOUSSAINT: SchoolHolidayResponse = {
  start: '2026-10-17',
  end: '2026-11-01',
  label: 'Vacances de la Toussaint',
  source: ARRETE,
};
const NOEL: SchoolHolidayResponse = {
  start: '2026-12-19',
  end: '2027-01-03',
  label: 'Vacances de Noël',
  source: ARRETE,
};

const calendarOf = (zone: SchoolZone | null, periods: SchoolHolidayResponse[]): SchoolCalendarResponse => ({
  zone,
  periods,
  publicHolidays: [],
});

let fixture: ComponentFixture<SchoolCalendarDialog>;
let element: HTMLElement;
let backend: HttpTestingController;
const close = jest.fn();

const render = () => settled(fixture);
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  element.querySelector<T>(`[data-testid="${id}"]`)!;
const rows = () => [...element.querySelectorAll<HTMLElement>('[data-testid="school-period-row"]')];
const inRow = <T extends HTMLElement = HTMLElement>(row: number, id: string) =>
  rows()[row].querySelector<T>(`[data-testid="${id}"]`)!;
const labels = () => rows().map((row) => row.querySelector<HTMLInputElement>('input')!.value.trim());

async function open(calendar: SchoolCalendarResponse): Promise<void> {
  close.mockReset();
  ({ fixture, element, backend } = await openDialogOnFakeBackend(SchoolCalendarDialog, {
    data: calendar,
    close,
    inDocument: true,
  }));
  await render();
}

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

/** Adds a row and fills it as the chief types it (days dd/MM/yyyy). */
async function addPeriod(label: string, start: string, end: string): Promise<void> {
  byTestId('school-period-add').click();
  await render();
  const row = rows().length - 1;
  type(inRow(row, 'school-period-label'), label);
  type(inRow(row, 'school-period-start'), start);
  type(inRow(row, 'school-period-end'), end);
  await render();
}

async function pickZone(option: string): Promise<void> {
  byTestId('school-calendar-zone').querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
  await render();
  panelOptions(byTestId('school-calendar-zone'))
    .find((o) => o.textContent.trim() === option)!
    .click();
  await render();
}

async function save(): Promise<void> {
  byTestId('school-calendar-save').click();
  await render();
}

afterEach(() => {
  backend.verify();
  removeDialog(element);
});

describe('« Calendrier scolaire »', () => {
  it('sends the zone chosen and the periods entered, by their first day, and closes with the new calendar', async () => {
    await open(calendarOf('B', [TOUSSAINT]));
    await pickZone('Zone C');
    // Entered after a later one: it is sent, and shown, in its place.
    await addPeriod('  Vacances d’hiver ', '06/02/2027', '21/02/2027');
    await addPeriod('Vacances de Noël', '19/12/2026', '03/01/2027');
    // A new period takes the source of the one above it: a school year's dates share their arrêté.
    expect(inRow<HTMLInputElement>(2, 'school-period-source').value).toBe(ARRETE);
    await save();

    const request = backend.expectOne('/api/school-calendar');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      zone: 'C',
      periods: [
        TOUSSAINT,
        NOEL,
        { start: '2027-02-06', end: '2027-02-21', label: 'Vacances d’hiver', source: ARRETE },
      ],
    });
    expect(labels()).toEqual(['Vacances de la Toussaint', 'Vacances de Noël', 'Vacances d’hiver']);
    const saved = calendarOf('C', request.request.body.periods);
    request.flush(saved);
    await render();
    expect(close).toHaveBeenCalledWith(saved);
  });

  it('offers the three zones and the académie’s own calendar, and keeps the periods a row removed leaves', async () => {
    await open(calendarOf('B', [TOUSSAINT, NOEL]));
    byTestId('school-calendar-zone').querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await render();
    expect(panelOptions(byTestId('school-calendar-zone')).map((o) => o.textContent.trim())).toEqual([
      'Zone A',
      'Zone B',
      'Zone C',
      'Calendrier propre à l’académie (Corse, outre-mer)',
    ]);
    panelOptions(byTestId('school-calendar-zone'))[1].click();
    await render();
    inRow(0, 'school-period-remove').click();
    await save();

    const request = backend.expectOne('/api/school-calendar');
    expect(request.request.body).toEqual({ zone: 'B', periods: [NOEL] });
    request.flush(calendarOf('B', [NOEL]));
    await render();
  });

  it('keeps the académie’s own calendar (no zone) as it is, and sends it as null', async () => {
    await open(calendarOf(null, [TOUSSAINT]));
    expect(byTestId('school-calendar-zone').textContent).toContain(
      'Calendrier propre à l’académie (Corse, outre-mer)',
    );
    await save();
    const request = backend.expectOne('/api/school-calendar');
    expect(request.request.body).toEqual({ zone: null, periods: [TOUSSAINT] });
    request.flush(calendarOf(null, [TOUSSAINT]));
    await render();
    expect(close).toHaveBeenCalledWith(calendarOf(null, [TOUSSAINT]));
  });

  it('moves a zone to the académie’s own calendar', async () => {
    await open(calendarOf('A', [TOUSSAINT]));
    await pickZone('Calendrier propre à l’académie (Corse, outre-mer)');
    await save();
    const request = backend.expectOne('/api/school-calendar');
    expect(request.request.body).toEqual({ zone: null, periods: [TOUSSAINT] });
    request.flush(calendarOf(null, [TOUSSAINT]));
    await render();
  });

  it('refuses a last day before the first without asking the server', async () => {
    await open(calendarOf('B', [TOUSSAINT]));
    await addPeriod('Vacances de Noël', '03/01/2027', '19/12/2026');
    await save();

    backend.expectNone('/api/school-calendar');
    expect(rows()[1].textContent).toContain('Le dernier jour ne peut pas précéder le premier.');
    expect(rows()[0].textContent).not.toContain('Le dernier jour ne peut pas précéder le premier.');
    expect(close).not.toHaveBeenCalled();
  });

  it('refuses two periods that overlap, naming the one it runs into, without asking the server', async () => {
    await open(calendarOf('B', [TOUSSAINT]));
    await addPeriod('Pont de la Toussaint', '01/11/2026', '03/11/2026');
    await save();

    backend.expectNone('/api/school-calendar');
    expect(inRow(1, 'school-period-overlap').textContent).toContain(
      'Chevauche la période « Vacances de la Toussaint ».',
    );
    expect(rows()[0].querySelector('[data-testid="school-period-overlap"]')).toBeNull();
    // Starting the day after the Toussaint's last day, it may be sent.
    type(inRow(1, 'school-period-start'), '02/11/2026');
    await save();
    expect(element.querySelector('[data-testid="school-period-overlap"]')).toBeNull();
    backend.expectOne('/api/school-calendar').flush(calendarOf('B', [TOUSSAINT]));
    await render();
  });

  it('refuses a row without its name, days or source, and a name too long', async () => {
    await open(calendarOf('B', []));
    expect(byTestId('school-period-empty').textContent).toContain('Aucune période');
    byTestId('school-period-add').click();
    await render();
    await save();
    backend.expectNone('/api/school-calendar');
    const row = rows()[0].textContent;
    expect(row).toContain('Nommez la période.');
    expect(row).toContain('Indiquez le premier jour (jj/mm/aaaa).');
    expect(row).toContain('Indiquez le dernier jour (jj/mm/aaaa).');
    expect(row).toContain('Indiquez d’où viennent les dates.');

    type(inRow(0, 'school-period-label'), 'x'.repeat(81));
    await render();
    expect(rows()[0].textContent).toContain('De 2 à 80 caractères.');
  });

  it('shows a field the server refused on its row, numbered as the periods were sent', async () => {
    // Listed after Noël but earlier: sent first, the server's « periods.1 » is Noël.
    await open(calendarOf('B', [NOEL, TOUSSAINT]));
    await save();
    backend.expectOne('/api/school-calendar').flush(
      ...refusal('VALIDATION', 'Données invalides : periods.1.source doit faire au plus 300 caractères.', {
        errors: [{ field: 'periods.1.source', message: 'doit faire au plus 300 caractères' }],
      }),
    );
    await render();

    expect(labels()).toEqual(['Vacances de la Toussaint', 'Vacances de Noël']);
    expect(rows()[1].textContent).toContain('Doit faire au plus 300 caractères.');
    expect(rows()[0].textContent).not.toContain('Doit faire au plus 300 caractères.');
    // Not the server's summary with its field names: the row says it.
    expect(byTestId('school-calendar-error').textContent.trim()).toBe('Corrigez les champs signalés.');
    expect(close).not.toHaveBeenCalled();
  });

  it('says a refusal that names no field, and stays open', async () => {
    await open(calendarOf('B', [TOUSSAINT]));
    await save();
    backend.expectOne('/api/school-calendar').flush(...refusal('FORBIDDEN', 'Réservé au chef de service.'));
    await render();
    expect(byTestId('school-calendar-error').textContent.trim()).toBe('Réservé au chef de service.');
    expect(close).not.toHaveBeenCalled();
  });
});
