import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AUTH_LIMITS, ChangePasswordDto } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { fieldErrors, problemOf } from '../../../core/http/problem';

function sameAsNew(control: AbstractControl): ValidationErrors | null {
  const parent = control.parent;
  return parent && control.value !== parent.get('newPassword')?.value ? { mismatch: true } : null;
}

/** Changes the password of the signed-in user; his other devices are signed out. */
@Component({
  selector: 'vg-password-page',
  imports: [MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  templateUrl: './password.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      max-width: 420px;
    }
  `,
})
export class PasswordPage {
  private readonly http = inject(HttpClient);
  private readonly snackBar = inject(MatSnackBar);

  readonly limits = AUTH_LIMITS;
  readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', Validators.required],
    newPassword: [
      '',
      [
        Validators.required,
        Validators.minLength(AUTH_LIMITS.newPassword.min),
        Validators.maxLength(AUTH_LIMITS.newPassword.max),
      ],
    ],
    confirmation: ['', [Validators.required, sameAsNew]],
  });
  readonly submitting = signal(false);
  readonly serverErrors = signal<Record<string, string>>({});
  readonly error = signal<string | null>(null);

  async submit(): Promise<void> {
    this.form.controls.confirmation.updateValueAndValidity();
    this.form.markAllAsTouched();
    if (this.form.invalid || this.submitting()) return;
    this.submitting.set(true);
    this.serverErrors.set({});
    this.error.set(null);
    const { currentPassword, newPassword } = this.form.getRawValue();
    const body: ChangePasswordDto = { currentPassword, newPassword };
    try {
      await firstValueFrom(this.http.post('/api/auth/password', body));
      this.form.reset();
      this.snackBar.open($localize`Mot de passe modifié. Vos autres appareils ont été déconnectés.`, 'OK', {
        duration: 6000,
      });
    } catch (error) {
      const problem = problemOf(error);
      const byField = fieldErrors(problem);
      this.serverErrors.set(byField);
      if (Object.keys(byField).length === 0) this.error.set(problem.detail);
    } finally {
      this.submitting.set(false);
    }
  }
}
