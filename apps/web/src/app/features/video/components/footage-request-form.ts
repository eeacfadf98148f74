import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  type OnInit,
  output,
  signal,
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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type CameraResponse,
  CameraStatus,
  DATE_TIME_FR_PATTERN,
  FootageAuthority,
  type FootageRequestResponse,
  type IncidentResponse,
  VIDEO_LIMITS,
} from '@vigie/shared';

import { fieldErrors, problemOf } from '../../../core/http/problem';
import { Territory } from '../../../shared/territory/territory';
import { sentence } from '../../../shared/ui/sentence';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { VideoApi } from '../data-access/video.api';
import {
  defaultWindow,
  type FootageFormValue,
  overwriteHint,
  toFootageDto,
  windowErrors,
} from '../footage-form.rules';
import { authorityLabel, cameraStatusLabel } from '../video-words';

interface CameraGroup {
  label: string;
  cameras: { id: string; text: string }[];
}

type Field = 'cameraId' | 'from' | 'to' | 'authority' | 'reason' | 'reference';

/**
 * A footage request (réquisition d'images) made from an entry of the main courante: which camera,
 * which window (around the facts by default), who asks and why. The window is checked against the
 * overwrite of the images before it is sent; the API's objections are shown next to their fields.
 */
@Component({
  selector: 'vg-footage-request-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    SvgIcon,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  templateUrl: './footage-request-form.html',
  styleUrl: './footage-request-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FootageRequestForm implements OnInit {
  private readonly api = inject(VideoApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly incident = input.required<IncidentResponse>();
  readonly created = output<FootageRequestResponse>();
  readonly cancelled = output<void>();

  readonly authorities = Object.values(FootageAuthority).map((value) => ({
    value,
    label: authorityLabel(value),
  }));
  readonly reasonMax = VIDEO_LIMITS.footageReason.max;
  readonly referenceMax = VIDEO_LIMITS.footageReference.max;
  readonly dateTimePattern = DATE_TIME_FR_PATTERN;

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    cameraId: ['', Validators.required],
    from: ['', (control: AbstractControl<string>) => this.windowError(control, 'from')],
    to: ['', (control: AbstractControl<string>) => this.windowError(control, 'to')],
    authority: this.fb.control<FootageAuthority | ''>('', Validators.required),
    reason: [
      '',
      [
        Validators.required,
        (control: AbstractControl<string>): ValidationErrors | null =>
          control.value.trim().length < VIDEO_LIMITS.footageReason.min ? { tooShort: true } : null,
        Validators.maxLength(VIDEO_LIMITS.footageReason.max),
      ],
    ],
    reference: ['', Validators.maxLength(VIDEO_LIMITS.footageReference.max)],
  });

  readonly cameras = signal<CameraResponse[] | null>(null);
  readonly camerasError = signal<string | null>(null);
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);

  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  readonly hint = computed(() => overwriteHint(this.values().from ?? '', new Date()));
  private readonly territory = inject(Territory);
  readonly groups = computed<CameraGroup[]>(() =>
    groupCameras(this.cameras() ?? [], this.incident(), (code) => this.territory.label(code)),
  );

  constructor() {
    // The two ends of the window are checked together.
    const { from, to } = this.form.controls;
    from.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => to.updateValueAndValidity({ emitEvent: false }));
    to.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => from.updateValueAndValidity({ emitEvent: false }));
  }

  ngOnInit(): void {
    const incident = this.incident();
    const window = defaultWindow(incident.occurredAt, new Date());
    this.form.patchValue({
      ...window,
      cameraId: incident.cameras.length === 1 ? incident.cameras[0].id : '',
    });
    // Facts older than the retention: say at once that their images are gone.
    if (this.form.controls.from.invalid) this.form.controls.from.markAsTouched();
    void this.loadCameras();
  }

  private async loadCameras(): Promise<void> {
    try {
      this.cameras.set(await this.api.cameras());
    } catch (error) {
      this.camerasError.set(problemOf(error).detail);
    }
  }

  private windowError(control: AbstractControl<string>, end: 'from' | 'to'): ValidationErrors | null {
    // The sibling control's own value: the group's is only brought up to date after both.
    const other = control.parent?.get(end === 'from' ? 'to' : 'from') as AbstractControl<string> | null;
    if (!other) return null;
    const from = end === 'from' ? control.value : other.value;
    const to = end === 'to' ? control.value : other.value;
    const message = windowErrors(from, to, new Date())[end];
    return message ? { window: message } : null;
  }

  message(field: Field): string | null {
    const control = this.form.controls[field];
    if (control.hasError('server')) return control.getError('server') as string;
    if (control.hasError('window')) return control.getError('window') as string;
    return null;
  }

  async submit(): Promise<void> {
    if (this.saving()) return;
    this.form.controls.from.updateValueAndValidity();
    this.form.controls.to.updateValueAndValidity();
    this.form.markAllAsTouched();
    this.error.set(null);
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    this.saving.set(true);
    try {
      const value: FootageFormValue = this.form.getRawValue();
      this.created.emit(await this.api.createFootageRequest(toFootageDto(value, this.incident().id)));
    } catch (error) {
      const problem = problemOf(error);
      const byField = fieldErrors(problem);
      let shown = false;
      for (const [field, message] of Object.entries(byField)) {
        const control = this.form.get(field);
        if (!control) continue;
        control.setErrors({ ...control.errors, server: sentence(message) });
        control.markAsTouched();
        shown = true;
      }
      this.error.set(shown ? $localize`Certains champs sont à corriger.` : problem.detail);
      if (shown) this.focusFirstInvalid();
    } finally {
      this.saving.set(false);
    }
  }

  private focusFirstInvalid(): void {
    setTimeout(() =>
      this.host.nativeElement.querySelector<HTMLElement>('[formControlName].ng-invalid')?.focus(),
    );
  }
}

/**
 * The cameras that may have images: the entry's own first, then those of its quartier (named by
 * `quartierName`, the service's), then the others.
 */
export function groupCameras(
  cameras: readonly CameraResponse[],
  incident: IncidentResponse,
  quartierName: (code: string) => string,
): CameraGroup[] {
  const linked = new Set(incident.cameras.map((camera) => camera.id));
  const usable = cameras.filter((camera) => camera.status !== CameraStatus.PLANNED);
  const text = (camera: CameraResponse): string =>
    camera.status === CameraStatus.ACTIVE
      ? `${camera.code} — ${camera.label}`
      : `${camera.code} — ${camera.label} (${cameraStatusLabel(camera.status).toLowerCase()})`;
  const option = (camera: CameraResponse) => ({ id: camera.id, text: text(camera) });
  const quartier = incident.location.quartier;
  const groups: CameraGroup[] = [
    { label: $localize`Caméras de l’entrée`, cameras: usable.filter((c) => linked.has(c.id)).map(option) },
    {
      label: $localize`Quartier ${quartierName(quartier)}`,
      cameras: usable.filter((c) => !linked.has(c.id) && c.quartier === quartier).map(option),
    },
    {
      label: $localize`Autres quartiers`,
      cameras: usable.filter((c) => !linked.has(c.id) && c.quartier !== quartier).map(option),
    },
  ];
  return groups.filter((group) => group.cameras.length > 0);
}
