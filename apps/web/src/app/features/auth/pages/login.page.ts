import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { AUTH_LIMITS } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { SvgIcon } from '../../../shared/ui/svg-icon';

/** Sign-in: identifier and password, the API's message when it refuses. */
@Component({
  selector: 'vg-login-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    SvgIcon,
    MatInputModule,
    MatProgressSpinnerModule,
    ReactiveFormsModule,
  ],
  templateUrl: './login.page.html',
  styleUrl: './login.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where to go once signed in (`?retour=`). */
  readonly retour = input<string>();

  readonly form = inject(FormBuilder).nonNullable.group({
    login: ['', [Validators.required, Validators.maxLength(AUTH_LIMITS.login.max)]],
    password: ['', [Validators.required, Validators.maxLength(AUTH_LIMITS.password.max)]],
  });
  readonly submitting = signal(false);
  readonly error = signal<string | null>(null);
  readonly showPassword = signal(false);

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.submitting()) return;
    this.submitting.set(true);
    this.error.set(null);
    const { login, password } = this.form.getRawValue();
    try {
      await this.auth.login(login.trim(), password);
      const target = this.retour();
      await this.router.navigateByUrl(target?.startsWith('/') && !target.startsWith('//') ? target : '/');
    } catch (error) {
      this.error.set(problemOf(error).detail);
      this.form.controls.password.reset();
    } finally {
      this.submitting.set(false);
    }
  }
}
