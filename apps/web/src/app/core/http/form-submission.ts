import { computed, signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { ProblemDetails } from '@vigie/shared';

import { fieldErrors, problemOf } from './problem';

/**
 * A form sent to the API: whether it is on its way, and what the server refused (its detail, a
 * message per field, the problem itself for what a form reads further). Each new attempt clears
 * the last refusal.
 */
export class FormSubmission {
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);
  readonly serverErrors = signal<Record<string, string>>({});
  readonly problem = signal<ProblemDetails | null>(null);
  /** Someone else changed the record meanwhile: the form offers to reload it. */
  readonly stale = computed(() => {
    const problem = this.problem();
    return problem?.status === 409 && problem.code === 'VERSION_CONFLICT';
  });

  /** `fieldMessage` rewrites each field's message (a form may want sentences). */
  constructor(private readonly fieldMessage: (message: string) => string = (message) => message) {}

  /** The form was sent at least once: errors shown outside a form field wait for it (see ready). */
  readonly attempted = signal(false);

  /** Shows every field's error, then says whether the form may be sent: valid and not on its way. */
  ready(form: AbstractControl): boolean {
    this.attempted.set(true);
    form.markAllAsTouched();
    return form.valid && !this.saving();
  }

  /** Sends, then hands the answer to `done`; a refusal (or no answer) is kept for the form to show. */
  async send<T>(request: () => Promise<T>, done: (answer: T) => void): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    this.serverErrors.set({});
    this.problem.set(null);
    try {
      done(await request());
    } catch (error) {
      const problem = problemOf(error);
      this.problem.set(problem);
      this.serverErrors.set(
        Object.fromEntries(
          Object.entries(fieldErrors(problem)).map(([field, message]) => [field, this.fieldMessage(message)]),
        ),
      );
      this.error.set(problem.detail);
    } finally {
      this.saving.set(false);
    }
  }
}
