import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  PLANNING_LIMITS,
  QUALIFICATION_KINDS,
  QUALIFICATION_LABELS,
  type QualificationKind,
} from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';

/** One need of a shift or of a shift type: so many agents holding a qualification. */
export function requirementGroup(requirement: { kind: QualificationKind; count: number }) {
  return new FormGroup({
    kind: new FormControl(requirement.kind, { nonNullable: true, validators: Validators.required }),
    count: new FormControl(requirement.count, {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.min(PLANNING_LIMITS.requirementCount.min),
        Validators.max(PLANNING_LIMITS.requirementCount.max),
      ],
    }),
  });
}

export type RequirementGroup = ReturnType<typeof requirementGroup>;

/**
 * The rows of a shift's or a shift type's needs (qualification, number of agents, remove), alike
 * in both dialogs. Its host lays out as nothing: the rows sit in the dialog's list.
 */
@Component({
  selector: 'vg-requirement-rows',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    SvgIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }

    .requirement {
      display: grid;
      grid-template-columns: 1fr 96px auto;
      gap: 8px;
      align-items: start;
    }
  `,
  template: `
    @for (group of requirements().controls; track group; let i = $index) {
      <div class="requirement">
        <mat-form-field appearance="outline">
          <mat-label i18n>Qualification</mat-label>
          <mat-select [formControl]="group.controls.kind" [attr.data-testid]="'requirement-kind-' + i">
            @for (option of qualificationOptions; track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" class="count">
          <mat-label i18n>Agents</mat-label>
          <input
            matInput
            type="number"
            [min]="limits.min"
            [max]="limits.max"
            [formControl]="group.controls.count"
            [attr.data-testid]="'requirement-count-' + i"
          />
          @if (group.controls.count.invalid) {
            <mat-error i18n>De {{ limits.min }} à {{ limits.max }}.</mat-error>
          }
        </mat-form-field>
        <button
          mat-icon-button
          type="button"
          (click)="remove(i)"
          aria-label="Retirer cette qualification"
          i18n-aria-label
        >
          <mat-icon svgIcon="delete" />
        </button>
      </div>
    }
  `,
})
export class RequirementRows {
  readonly requirements = input.required<FormArray<RequirementGroup>>();

  protected readonly limits = PLANNING_LIMITS.requirementCount;
  protected readonly qualificationOptions = QUALIFICATION_KINDS.map((value) => ({
    value,
    label: QUALIFICATION_LABELS[value],
  }));

  remove(index: number): void {
    this.requirements().removeAt(index);
    this.requirements().markAsDirty();
  }
}
