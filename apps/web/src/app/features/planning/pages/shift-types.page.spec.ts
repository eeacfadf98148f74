import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture } from '@angular/core/testing';
import { Role, type SchoolCalendarResponse, type SchoolHolidayResponse } from '@vigie/shared';

import { dialogsClosed, removeDialog } from '../../../testing/dialog-testing';
import { openOnFakeBackend, settled } from '../../../testing/page-testing';
import { userOf } from '../testing/planning.builders';
import { ShiftTypesPage } from './shift-types.page';

const period = (label: string, start: string, end: string): SchoolHolidayResponse => ({
  label,
  start,
  end,
  source: 'Arrêté du 4 juillet 2025',
});
const TOUSSAINT = period('Vacances de la Toussaint', '2026-10-17', '2026-11-01');
const NOEL = period('Vacances de Noël', '2026-12-19', '2027-01-03');

describe('ShiftTypesPage', () => {
  let fixture: ComponentFixture<ShiftTypesPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const note = () => byTestId('calendar-note')?.textContent?.trim();

  async function open(roles: Role[], calendar: SchoolCalendarResponse): Promise<void> {
    ({ fixture, element, backend } = openOnFakeBackend(ShiftTypesPage, userOf(roles)));
    backend.expectOne('/api/shift-types?limit=200').flush({ items: [], nextCursor: null });
    backend.expectOne('/api/school-calendar').flush(calendar);
    await settled(fixture);
  }

  afterEach(() => {
    backend.verify();
    removeDialog(element);
  });

  it('offers the chief, and only him, to edit the school calendar it names by its zone', async () => {
    await open([Role.CHIEF], { zone: 'B', periods: [TOUSSAINT, NOEL], publicHolidays: [] });
    expect(note()).toBe('Calendrier scolaire (Zone B) connu jusqu’au 03/01/2027.');
    expect(byTestId('school-calendar-edit')?.textContent).toContain('Calendrier scolaire');
  });

  it('does not offer a supervisor to edit it, though he edits the types', async () => {
    await open([Role.SUPERVISOR], { zone: 'B', periods: [TOUSSAINT], publicHolidays: [] });
    expect(note()).toBe('Calendrier scolaire (Zone B) connu jusqu’au 01/11/2026.');
    expect(byTestId('new-type')).not.toBeNull();
    expect(byTestId('school-calendar-edit')).toBeNull();
  });

  it('names the académie’s own calendar of a service outside the zones, never « zone null »', async () => {
    await open([Role.CHIEF], { zone: null, periods: [TOUSSAINT], publicHolidays: [] });
    expect(note()).toBe('Calendrier scolaire (Calendrier propre à l’académie) connu jusqu’au 01/11/2026.');
  });

  it('says the académie’s own calendar is empty when it holds no period', async () => {
    await open([Role.CHIEF], { zone: null, periods: [], publicHolidays: [] });
    expect(note()).toBe(
      'Calendrier scolaire (Calendrier propre à l’académie) vide : aucun jour d’école n’est connu.',
    );
    expect(note()).not.toContain('null');
  });

  it('says the calendar the chief saved, and that it is saved', async () => {
    await open([Role.CHIEF], { zone: 'B', periods: [TOUSSAINT], publicHolidays: [] });
    document.body.appendChild(element);
    byTestId('school-calendar-edit')!.click();
    await settled(fixture);
    const dialog = document.querySelector<HTMLElement>('vg-school-calendar-dialog')!;
    expect(dialog.querySelectorAll('[data-testid="school-period-row"]')).toHaveLength(1);
    dialog.querySelector<HTMLElement>('[data-testid="school-calendar-save"]')!.click();
    await settled(fixture);

    const request = backend.expectOne({ method: 'PUT', url: '/api/school-calendar' });
    expect(request.request.body).toEqual({ zone: 'B', periods: [TOUSSAINT] });
    request.flush({ zone: 'C', periods: [TOUSSAINT, NOEL], publicHolidays: [] });
    await dialogsClosed();
    await settled(fixture);

    expect(note()).toBe('Calendrier scolaire (Zone C) connu jusqu’au 03/01/2027.');
    expect(document.querySelector('.cdk-overlay-container')?.textContent).toContain(
      'Calendrier scolaire enregistré.',
    );
  });
});
