import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { LOGIN_PATTERN, Role, ROLE_LABELS, ROLES, USER_LIMITS, UserAdminResponse } from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { UsersApi } from '../data-access/users.api';

/** Creates an account, or edits the name and roles of one (`data` given). */
@Component({
  selector: 'vg-user-dialog',
  imports: [FORM_DIALOG, MatSelectModule],
  templateUrl: './user-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      min-width: min(420px, 80vw);
    }
  `,
})
export class UserDialog {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialogRef<UserDialog, UserAdminResponse>);
  readonly existing = inject<UserAdminResponse | null>(MAT_DIALOG_DATA);

  readonly roles = ROLES.map((role) => ({ role, label: ROLE_LABELS[role] }));
  readonly limits = USER_LIMITS;
  readonly form = inject(FormBuilder).nonNullable.group({
    login: [this.existing?.login ?? '', [Validators.required, Validators.pattern(LOGIN_PATTERN)]],
    displayName: [
      this.existing?.displayName ?? '',
      [Validators.required, Validators.maxLength(USER_LIMITS.displayName.max)],
    ],
    roles: [this.existing?.roles ?? ([] as Role[]), Validators.required],
    password: [
      '',
      this.existing ? [] : [Validators.required, Validators.minLength(USER_LIMITS.password.min)],
    ],
  });
  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const value = this.form.getRawValue();
    await this.submission.send(
      () =>
        this.existing
          ? this.api.update(this.existing.id, {
              displayName: value.displayName,
              roles: value.roles,
              version: this.existing.version,
            })
          : this.api.create({
              login: value.login.trim().toLowerCase(),
              displayName: value.displayName,
              roles: value.roles,
              password: value.password,
            }),
      (saved) => this.dialog.close(saved),
    );
  }
}
