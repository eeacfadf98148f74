import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The outline of the search and filters while their code (form fields, date pickers, selects)
 * arrives after the list: the same boxes in the same places, so the list does not move when the
 * real form replaces them.
 */
@Component({
  selector: 'vg-incident-filters-skeleton',
  template: `
    <div class="filters" aria-hidden="true" data-testid="filters-skeleton">
      <div class="search-row">
        <div class="search field"></div>
        @if (compact()) {
          <div class="toggle field"></div>
        }
      </div>
      @if (!compact()) {
        <div class="fields">
          <div class="date field"></div>
          <div class="date field"></div>
          <div class="wide field"></div>
          <div class="field"></div>
          <div class="field"></div>
          <div class="field"></div>
        </div>
      }
    </div>
  `,
  styleUrl: './incident-filters-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentFiltersSkeleton {
  /** As the form's: the filters folded under a button (phones). */
  readonly compact = input(false);
}
