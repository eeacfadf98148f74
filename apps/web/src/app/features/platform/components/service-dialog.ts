import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import {
  type CommuneResponse,
  type CreateServiceDto,
  LOGIN_PATTERN,
  SERVICE_KIND_LABELS,
  SERVICE_LIMITS,
  ServiceKind,
  type ServiceResponse,
  USER_LIMITS,
} from '@vigie/shared';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  type Observable,
  of,
  startWith,
  switchMap,
} from 'rxjs';

import { FormSubmission } from '../../../core/http/form-submission';
import { communeLabel } from '../../../shared/services/service-words';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { PlatformApi } from '../data-access/platform.api';

interface CommuneSearch {
  communes: CommuneResponse[] | null;
  failed: boolean;
}

/**
 * A commune's police serves one commune; a pooled one, under a convention between communes
 * (CSI L512-1), two at least. The kind is read from the form: the rule changes with it.
 */
function communesFitKind(control: AbstractControl<CommuneResponse[]>): ValidationErrors | null {
  const count = control.value.length;
  const kind = control.parent?.get('kind')?.value as ServiceKind | undefined;
  if (count === 0) return { required: true };
  if (kind === ServiceKind.COMMUNE && count > 1) return { oneCommune: true };
  if (kind === ServiceKind.POOLED && count < SERVICE_LIMITS.pooledCommunes.min) return { twoCommunes: true };
  if (count > SERVICE_LIMITS.communes.max) return { tooMany: true };
  return null;
}

/** « Ouvrir un service »: its name and kind, its communes (INSEE), and the first chief's account. */
@Component({
  selector: 'vg-service-dialog',
  imports: [FORM_DIALOG, MatAutocompleteModule, MatChipsModule, MatRadioModule, SvgIcon],
  templateUrl: './service-dialog.html',
  styleUrl: './service-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceDialog {
  private readonly api = inject(PlatformApi);
  private readonly dialog = inject(MatDialogRef<ServiceDialog, ServiceResponse>);

  readonly kinds = Object.values(ServiceKind).map((kind) => ({ kind, label: SERVICE_KIND_LABELS[kind] }));
  readonly COMMUNE = ServiceKind.COMMUNE;
  readonly limits = { service: SERVICE_LIMITS, user: USER_LIMITS };
  readonly label = communeLabel;
  readonly placeholder = $localize`Nom de la commune`;

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    name: [
      '',
      [
        Validators.required,
        Validators.minLength(SERVICE_LIMITS.name.min),
        Validators.maxLength(SERVICE_LIMITS.name.max),
      ],
    ],
    kind: [ServiceKind.COMMUNE, Validators.required],
    communes: this.fb.control<CommuneResponse[]>([], communesFitKind),
    login: ['', [Validators.required, Validators.pattern(LOGIN_PATTERN)]],
    displayName: [
      '',
      [
        Validators.required,
        Validators.minLength(USER_LIMITS.displayName.min),
        Validators.maxLength(USER_LIMITS.displayName.max),
      ],
    ],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(USER_LIMITS.password.min),
        Validators.maxLength(USER_LIMITS.password.max),
      ],
    ],
  });
  readonly submission = new FormSubmission();

  private readonly controls = this.form.controls;
  readonly kind = toSignal(this.controls.kind.valueChanges, { initialValue: this.controls.kind.value });
  readonly chosen = toSignal(this.controls.communes.valueChanges, {
    initialValue: this.controls.communes.value,
  });
  /** Nothing more to add: a commune's police has its one commune (or the list its maximum). */
  readonly full = computed(
    () => this.chosen().length >= (this.kind() === ServiceKind.COMMUNE ? 1 : SERVICE_LIMITS.communes.max),
  );

  /** What is typed in the communes' field; the autocomplete writes the commune chosen there too. */
  readonly search = this.fb.control<string | CommuneResponse>('');
  /** The last search: null before one (fewer than two letters), its communes null while it runs. */
  readonly found = toSignal(
    this.search.valueChanges.pipe(
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q): Observable<CommuneSearch | null> => {
        if (q.length < SERVICE_LIMITS.communeQuery.min) return of(null);
        return this.api.communes(q).pipe(
          map((communes) => ({ communes, failed: false })),
          catchError(() => of({ communes: [], failed: true })),
          startWith({ communes: null, failed: false }),
        );
      }),
    ),
    { initialValue: null },
  );
  /** The communes proposed: those found, less those already chosen. */
  readonly options = computed(() => {
    const chosen = new Set(this.chosen().map((commune) => commune.code));
    return (this.found()?.communes ?? []).filter((commune) => !chosen.has(commune.code));
  });

  /** What the API said of the communes (`inseeCodes`, or one of them: `inseeCodes.0`). */
  readonly communesServerError = computed(() =>
    Object.entries(this.submission.serverErrors())
      .filter(([field]) => field === 'inseeCodes' || field.startsWith('inseeCodes.'))
      .map(([, message]) => message)
      .join(' ; '),
  );

  constructor() {
    // The communes' rule depends on the kind.
    this.controls.kind.valueChanges.subscribe(() => this.controls.communes.updateValueAndValidity());
  }

  private readonly searchInput = viewChild.required<ElementRef<HTMLInputElement>>('searchInput');

  add(commune: CommuneResponse): void {
    const communes = this.controls.communes;
    if (!this.full()) communes.setValue([...communes.value, commune]);
    communes.markAsTouched();
    // Inside a chip grid the autocomplete writes to the grid, not to the input: the typed text
    // would stay there; it is cleared by hand.
    this.searchInput().nativeElement.value = '';
    this.search.setValue('');
  }

  remove(commune: CommuneResponse): void {
    const communes = this.controls.communes;
    communes.setValue(communes.value.filter((other) => other.code !== commune.code));
    communes.markAsTouched();
  }

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const value = this.form.getRawValue();
    const dto: CreateServiceDto = {
      name: value.name.trim(),
      kind: value.kind,
      inseeCodes: value.communes.map((commune) => commune.code),
      chief: {
        login: value.login.trim().toLowerCase(),
        displayName: value.displayName.trim(),
        password: value.password,
      },
    };
    await this.submission.send(
      () => this.api.create(dto),
      (created) => this.dialog.close(created),
    );
  }
}
