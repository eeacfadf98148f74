import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { NO_FILTERS } from '../incident-filters';
import { IncidentFiltersForm } from './incident-filters-form';

describe('IncidentFiltersForm', () => {
  let fixture: ComponentFixture<IncidentFiltersForm>;

  function render(compact: boolean): HTMLElement {
    fixture = TestBed.createComponent(IncidentFiltersForm);
    fixture.componentRef.setInput('filters', NO_FILTERS);
    fixture.componentRef.setInput('compact', compact);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const field = (element: HTMLElement, id: string) => element.querySelector(`[data-testid="${id}"]`);

  it('shows the search and every filter on a wide screen', () => {
    const element = render(false);
    expect(field(element, 'incident-search')).not.toBeNull();
    for (const id of [
      'filter-from',
      'filter-to',
      'filter-category',
      'filter-quartier',
      'filter-status',
      'filter-agent',
    ])
      expect(field(element, id)).not.toBeNull();
    expect(field(element, 'toggle-filters')).toBeNull();
  });

  it('on a phone, folds the filters under a button and draws them only once opened', async () => {
    const element = render(true);
    const toggle = field(element, 'toggle-filters') as HTMLButtonElement;
    expect(field(element, 'incident-search')).not.toBeNull();
    expect(field(element, 'filter-quartier')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(field(element, 'filter-quartier')).not.toBeNull();
    expect(field(element, 'filter-from')).not.toBeNull();
  });
});
