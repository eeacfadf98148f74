import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  ARMOURY_LIMITS,
  WEAPON_KIND_LABELS,
  type WeaponIssueResponse,
  WeaponKind,
  type WeaponResponse,
} from '@vigie/shared';

import { FormSubmission } from '../../core/http/form-submission';
import { FORM_DIALOG } from '../../shared/ui/form-dialog';
import { ArmouryApi } from './armoury.api';
import { type DutyOption, weaponName } from './armoury-words';
import { CartridgesField } from './cartridges-field';

export interface IssueDialogData {
  agents: DutyOption[];
  /** Weapons in the safe, in service. */
  weapons: WeaponResponse[];
}

/** Cartridges a weapon usually goes out with (two magazines of 15 for a handgun). */
const USUAL_AMMUNITION: Record<WeaponKind, number> = {
  [WeaponKind.HANDGUN]: 30,
  [WeaponKind.TASER]: 2,
  [WeaponKind.LBD]: 4,
  [WeaponKind.BATON]: 0,
  [WeaponKind.TEAR_GAS]: 0,
};

/** « Remettre une arme »: an agent on duty, a weapon from the safe, the cartridges counted out. */
@Component({
  selector: 'vg-issue-dialog',
  imports: [CartridgesField, FORM_DIALOG, MatSelectModule],
  template: `
    <h2 mat-dialog-title i18n>Remettre une arme</h2>
    <mat-dialog-content>
      <form [formGroup]="form" (ngSubmit)="save()" id="issue-form" class="vg-form-column" novalidate>
        <mat-form-field appearance="outline">
          <mat-label i18n>Agent de service</mat-label>
          <mat-select formControlName="agentId" data-testid="issue-agent">
            @for (agent of data.agents; track agent.agentId) {
              <mat-option [value]="agent.agentId">
                {{ agent.agentName }} <span class="hint">· {{ agent.shift }}</span>
              </mat-option>
            }
          </mat-select>
          @if (data.agents.length === 0) {
            <mat-hint i18n>Aucun agent n’est de service aujourd’hui d’après le planning.</mat-hint>
          }
          @if (form.controls.agentId.invalid) {
            <mat-error i18n>Choisissez l’agent.</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n>Arme</mat-label>
          <mat-select formControlName="weaponId" data-testid="issue-weapon">
            @for (group of groups; track group.kind) {
              <mat-optgroup [label]="group.label">
                @for (weapon of group.weapons; track weapon.id) {
                  <mat-option [value]="weapon.id">{{ name(weapon) }}</mat-option>
                }
              </mat-optgroup>
            }
          </mat-select>
          @if (form.controls.weaponId.invalid) {
            <mat-error i18n>Choisissez l’arme.</mat-error>
          }
        </mat-form-field>
        <vg-cartridges-field
          [control]="form.controls.ammunition"
          [min]="limits.ammunition.min"
          [max]="limits.ammunition.max"
          [explained]="true"
          testId="issue-ammunition"
          i18n
          >Cartouches remises</vg-cartridges-field
        >
        @if (submission.error(); as message) {
          <p class="vg-error" role="alert" data-testid="issue-refusal">{{ message }}</p>
        }
      </form>
    </mat-dialog-content>
    <vg-dialog-actions form="issue-form" [saving]="submission.saving()" i18n>Remettre</vg-dialog-actions>
  `,
  styles: `
    form {
      width: min(440px, 80vw);
    }

    .hint {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IssueDialog {
  private readonly api = inject(ArmouryApi);
  private readonly dialog = inject(MatDialogRef<IssueDialog, WeaponIssueResponse>);
  readonly data = inject<IssueDialogData>(MAT_DIALOG_DATA);

  readonly limits = ARMOURY_LIMITS;
  readonly name = weaponName;
  readonly groups = Object.values(WeaponKind)
    .map((kind) => ({
      kind,
      label: WEAPON_KIND_LABELS[kind],
      weapons: this.data.weapons.filter((weapon) => weapon.kind === kind),
    }))
    .filter((group) => group.weapons.length > 0);
  readonly form = inject(FormBuilder).group({
    agentId: [null as string | null, Validators.required],
    weaponId: [null as string | null, Validators.required],
    ammunition: [
      0,
      [
        Validators.required,
        Validators.min(ARMOURY_LIMITS.ammunition.min),
        Validators.max(ARMOURY_LIMITS.ammunition.max),
      ],
    ],
  });
  readonly submission = new FormSubmission();

  constructor() {
    // The usual count for the kind chosen; the supervisor corrects it if he counts otherwise.
    this.form.controls.weaponId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      const weapon = this.data.weapons.find((w) => w.id === id);
      if (weapon) this.form.controls.ammunition.setValue(USUAL_AMMUNITION[weapon.kind]);
    });
  }

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const v = this.form.getRawValue();
    if (!v.agentId || !v.weaponId) return;
    await this.submission.send(
      () => this.api.issue(v.weaponId!, { agentId: v.agentId!, ammunition: Number(v.ammunition) }),
      (issued) => this.dialog.close(issued),
    );
  }
}
