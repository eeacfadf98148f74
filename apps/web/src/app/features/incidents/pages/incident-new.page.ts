import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import {
  ACTION_LABELS,
  AgentStatus,
  compareFrench,
  type CreateIncidentDto,
  DATE_TIME_FR_PATTERN,
  formatInstantFr,
  INCIDENT_LIMITS,
  IncidentActionKind,
  MAX_BACKDATING_DAYS,
  NATINF_PATTERN,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { IdempotentSubmission } from '../../../core/http/idempotency';
import { problemOf } from '../../../core/http/problem';
import { Connectivity, isUnreachable } from '../../../core/offline/connectivity';
import { Outbox } from '../../../core/offline/outbox';
import { blobBytes, toBase64 } from '../../../shared/files/base64';
import { Territory } from '../../../shared/territory/territory';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { AgentsApi } from '../../agents/data-access/agents.api';
import { CategoryPicker } from '../components/category-picker';
import type { AgentOption } from '../components/incident-filters-form';
import { type FormPhoto, PhotoPicker } from '../components/photo-picker';
import { PositionField } from '../components/position-field';
import { type CameraOption, IncidentsApi } from '../data-access/incidents.api';
import {
  formErrorsOf,
  OCCURRED_AT_MESSAGES,
  occurredAtError,
  type Position,
  proposedQuartier,
  toCreateDto,
} from '../entry-form.rules';
import { withPosition } from '../photos';

/** At least `min` characters once the spaces around are taken off. */
function trimmedMin(min: number) {
  return (control: AbstractControl<string>): ValidationErrors | null =>
    control.value && control.value.trim().length < min ? { trimmedMin: min } : null;
}

const FORM_FIELDS = ['occurredAt', 'category', 'quartier', 'address', 'summary', 'description', 'agentIds'];

/**
 * « Nouvelle entrée », made for a phone in the street: the time of the facts (now by default),
 * the category in two taps, where, what, who was there, what was done. The API's objections are
 * shown next to the fields they concern.
 */
@Component({
  selector: 'vg-incident-new-page',
  imports: [
    CategoryPicker,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    SvgIcon,
    MatInputModule,
    MatSelectModule,
    PhotoPicker,
    PositionField,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './incident-new.page.html',
  styleUrl: './incident-new.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentNewPage implements OnInit {
  private readonly api = inject(IncidentsApi);
  private readonly agentsApi = inject(AgentsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly outbox = inject(Outbox);
  private readonly connectivity = inject(Connectivity);
  private readonly territory = inject(Territory);

  /** Supervisors and the chief may record facts more than 30 days old. */
  readonly mayBackdate = this.auth.can('reviewIncidents');
  readonly authorId = this.auth.user()?.agentId ?? null;
  /** The service's quartiers still offered, as it keeps them now (a change by the chief shows at once). */
  readonly quartiers = this.territory.options;
  readonly actionKinds = Object.values(IncidentActionKind).map((kind) => ({
    kind,
    label: ACTION_LABELS[kind],
  }));
  readonly summaryMax = INCIDENT_LIMITS.summary.max;
  readonly descriptionMax = INCIDENT_LIMITS.description.max;
  readonly descriptionMaxLabel = INCIDENT_LIMITS.description.max.toLocaleString('fr-FR');
  readonly addressMax = INCIDENT_LIMITS.address.max;
  readonly limits = INCIDENT_LIMITS;
  readonly backdatingDays = MAX_BACKDATING_DAYS;
  readonly dateTimePattern = DATE_TIME_FR_PATTERN;

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    occurredAt: [
      formatInstantFr(new Date()),
      (control: AbstractControl<string>): ValidationErrors | null => {
        const error = occurredAtError(control.value, new Date(), this.mayBackdate);
        return error ? { [error]: true } : null;
      },
    ],
    category: ['', Validators.required],
    quartier: this.fb.control<string>('', Validators.required),
    address: [
      '',
      [
        Validators.required,
        trimmedMin(INCIDENT_LIMITS.address.min),
        Validators.maxLength(INCIDENT_LIMITS.address.max),
      ],
    ],
    summary: [
      '',
      [
        Validators.required,
        trimmedMin(INCIDENT_LIMITS.summary.min),
        Validators.maxLength(INCIDENT_LIMITS.summary.max),
      ],
    ],
    description: ['', Validators.maxLength(INCIDENT_LIMITS.description.max)],
    agentIds: this.fb.control<string[]>(this.authorId ? [this.authorId] : [], Validators.required),
    cameraIds: this.fb.control<string[]>([]),
    actions: this.fb.control<IncidentActionKind[]>([]),
    natinf: ['', Validators.pattern(NATINF_PATTERN)],
  });
  readonly position = signal<Position | null>(null);
  /** The quartier the position proposed (within the service's outlines), while the field still holds it. */
  readonly quartierProposed = signal<string | null>(null);
  /** Resized on the phone when taken; sent before the entry, which names them by their SHA-256. */
  readonly photos = signal<FormPhoto[]>([]);
  readonly positionError = signal<string | null>(null);
  readonly agents = signal<AgentOption[]>([]);
  readonly cameras = signal<CameraOption[] | null>(null);
  readonly saving = signal(false);
  /** One key per entry sent: a repeat after a lost answer is answered, not recorded twice. */
  private readonly submission = new IdempotentSubmission();
  /** The API's objection to the last attempt, until the next one. */
  private readonly problem = signal<string | null>(null);
  /** Whether saving was tried: from then on the form says when fields are still to fix. */
  private readonly attempted = signal(false);
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  readonly error = computed(
    () =>
      this.problem() ??
      (this.attempted() && this.status() === 'INVALID'
        ? $localize`Certains champs sont à compléter ou à corriger.`
        : null),
  );

  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  readonly summaryLength = computed(() => this.values().summary?.length ?? 0);
  readonly descriptionLength = computed(() => this.values().description?.length ?? 0);
  readonly fine = computed(() => (this.values().actions ?? []).includes(IncidentActionKind.FINE));
  readonly presentNames = computed(() => {
    const ids = new Set(this.values().agentIds ?? []);
    return this.agents()
      .filter((agent) => ids.has(agent.id))
      .map((agent) => (agent.id === this.authorId ? $localize`${agent.name} (vous)` : agent.name));
  });

  constructor() {
    // Once a field is changed, the API's last objection no longer describes the form.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.problem.set(null));
    // The phone's position proposes its quartier, unless the agent chose one himself.
    effect(() => {
      const position = this.position();
      untracked(() => {
        const control = this.form.controls.quartier;
        const proposed = proposedQuartier(
          position,
          control.value,
          this.quartierProposed(),
          this.territory.active(),
        );
        if (proposed) {
          control.setValue(proposed);
          this.quartierProposed.set(proposed);
        }
      });
    });
    // The chief retired the quartier chosen meanwhile: the field is emptied, to be chosen again.
    effect(() => {
      const offered = new Set(this.quartiers().map((option) => option.value));
      untracked(() => {
        const control = this.form.controls.quartier;
        if (control.value && !offered.has(control.value)) {
          control.setValue('');
          this.quartierProposed.set(null);
        }
      });
    });
  }

  ngOnInit(): void {
    void this.loadAgents();
    void this.api
      .cameras()
      .then((cameras) => this.cameras.set(cameras))
      .catch(() => this.cameras.set(null));
  }

  private async loadAgents(): Promise<void> {
    try {
      const agents = (await this.agentsApi.all())
        .filter((agent) => agent.status !== AgentStatus.DEPARTED)
        .map((agent) => ({ id: agent.id, name: `${agent.firstName} ${agent.lastName}` }))
        .sort((a, b) =>
          a.id === this.authorId ? -1 : b.id === this.authorId ? 1 : compareFrench(a.name, b.name),
        );
      this.agents.set(agents);
    } catch {
      const name = this.auth.user()?.displayName ?? '';
      if (this.authorId) this.agents.set([{ id: this.authorId, name }]);
    }
  }

  occurredAtMessage(): string | null {
    const control = this.form.controls.occurredAt;
    if (control.hasError('server')) return control.getError('server') as string;
    const key = (['required', 'invalid', 'future', 'tooOld'] as const).find((k) => control.hasError(k));
    return key ? OCCURRED_AT_MESSAGES[key] : null;
  }

  now(): void {
    this.form.controls.occurredAt.setValue(formatInstantFr(new Date()));
  }

  toggleAction(kind: IncidentActionKind, checked: boolean): void {
    const actions = this.form.controls.actions.value.filter((k) => k !== kind);
    this.form.controls.actions.setValue(checked ? [...actions, kind] : actions);
    if (kind === IncidentActionKind.FINE && !checked) this.form.controls.natinf.setValue('');
  }

  hasAction(kind: IncidentActionKind): boolean {
    return this.form.controls.actions.value.includes(kind);
  }

  async submit(): Promise<void> {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    this.problem.set(null);
    this.attempted.set(true);
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    this.saving.set(true);
    this.positionError.set(null);
    const dto = toCreateDto({ ...this.form.getRawValue(), position: this.position() });
    const { lat, lng } = dto.location;
    // The position the agent kept goes into the photos' EXIF too; without it they carry none.
    const photos =
      lat != null && lng != null
        ? await Promise.all(this.photos().map((photo) => withPosition(photo, [lat, lng])))
        : this.photos();
    if (photos.length > 0) dto.photos = photos.map((photo) => photo.sha256);
    const key = this.submission.keyFor(dto);
    try {
      // Without network (or signed in offline) the entry goes to the phone's outbox at once.
      if (this.connectivity.offline() || this.auth.offline()) {
        await this.keepOnPhone(dto, key, photos);
        return;
      }
      for (const photo of photos) await this.api.uploadPhoto(photo.blob);
      const created = await this.api.create(dto, key);
      this.submission.done();
      this.form.markAsPristine();
      await this.router.navigate(['/main-courante', created.id]);
      this.snackBar.open($localize`Entrée ${created.number} enregistrée`, 'OK', { duration: 5000 });
    } catch (error) {
      // The network failed on the way: kept with the same key, so that if the API did record it
      // the sending from the outbox is answered with that entry, not a second one.
      // Where the phone cannot keep it (no IndexedDB), the form stays: a tap again re-sends it, same key.
      if (isUnreachable(error)) await this.keepOnPhone(dto, key, photos).catch(() => this.showProblem(error));
      else this.showProblem(error);
    } finally {
      this.saving.set(false);
    }
  }

  /** Into the outbox, « en attente » until the API numbers it; the form is ready for the next entry. */
  private async keepOnPhone(dto: CreateIncidentDto, key: string, photos: FormPhoto[]): Promise<void> {
    const pending = await Promise.all(
      photos.map(async (photo) => ({ sha256: photo.sha256, data: toBase64(await blobBytes(photo.blob)) })),
    );
    await this.outbox.add(dto, key, pending);
    this.submission.done();
    this.reset();
    this.snackBar.open(
      $localize`Entrée gardée sur le téléphone : elle partira d’elle-même au retour du réseau.`,
      'OK',
      { duration: 5000 },
    );
    this.host.nativeElement.closest('mat-sidenav-content')?.scrollTo({ top: 0 });
  }

  /** A blank entry: now, the author present, nothing else. */
  private reset(): void {
    this.form.reset({
      occurredAt: formatInstantFr(new Date()),
      category: '',
      quartier: '',
      address: '',
      summary: '',
      description: '',
      agentIds: this.authorId ? [this.authorId] : [],
      cameraIds: [],
      actions: [],
      natinf: '',
    });
    this.position.set(null);
    this.quartierProposed.set(null);
    this.photos().forEach((photo) => URL.revokeObjectURL(photo.url));
    this.photos.set([]);
    this.attempted.set(false);
    this.problem.set(null);
  }

  private showProblem(error: unknown): void {
    const problem = problemOf(error);
    const byField = formErrorsOf(problem.errors ?? []);
    // A quartier the chief retired (or renamed away) meanwhile: said next to the field.
    if (problem.reason === 'QUARTIER_UNKNOWN' && !byField['quartier']) byField['quartier'] = problem.detail;
    for (const [field, message] of Object.entries(byField)) {
      if (field === 'position') {
        this.positionError.set(message);
        continue;
      }
      const control = this.form.get(field);
      if (control) {
        control.setErrors({ ...control.errors, server: message });
        control.markAsTouched();
      }
    }
    this.problem.set(problem.detail);
    if (Object.keys(byField).some((field) => FORM_FIELDS.includes(field))) this.focusFirstInvalid();
  }

  /** The first field to fix, in the order of the form, brought into view and focused. */
  private focusFirstInvalid(): void {
    setTimeout(() => {
      const field = this.host.nativeElement.querySelector<HTMLElement>(
        '[formControlName].ng-invalid, vg-category-picker.ng-invalid',
      );
      if (!field) return;
      const target =
        field.tagName === 'VG-CATEGORY-PICKER' ? field.querySelector<HTMLElement>('button') : field;
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
    });
  }
}
