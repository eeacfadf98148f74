import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type FootageRequestResponse,
  FootageStatus,
  type FootageStatusDto,
  VIDEO_LIMITS,
} from '@vigie/shared';

import { fieldErrors, problemOf } from '../../../core/http/problem';
import { sentence } from '../../../shared/ui/sentence';
import { VideoApi } from '../data-access/video.api';

export type FootageAction = FootageStatus.EXTRACTED | FootageStatus.DELIVERED | FootageStatus.REFUSED;

export interface OperatorOption {
  id: string;
  name: string;
}

/** What the button of an action says. */
export function actionLabel(action: FootageAction): string {
  switch (action) {
    case FootageStatus.EXTRACTED:
      return $localize`Consigner l’extraction`;
    case FootageStatus.DELIVERED:
      return $localize`Consigner la remise`;
    case FootageStatus.REFUSED:
      return $localize`Refuser la demande`;
  }
}

/**
 * One step of a footage request, with what the register needs: the designated video operator
 * who extracted the images, to whom they were handed, why a request is refused.
 */
@Component({
  selector: 'vg-footage-action-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule],
  templateUrl: './footage-action-form.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 12px;
      margin-top: 8px;
      border-radius: 12px;
      background: var(--vg-surface-muted);
    }

    .question {
      margin: 0 0 8px;
      font-weight: 500;
    }

    .buttons {
      display: flex;
      justify-content: flex-end;
      flex-wrap: wrap;
      gap: 8px;
    }

    p.vg-error {
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FootageActionForm implements OnInit {
  private readonly api = inject(VideoApi);
  private readonly injector = inject(Injector);
  private readonly firstField = viewChild<string, ElementRef<HTMLElement>>('first', { read: ElementRef });

  readonly request = input.required<FootageRequestResponse>();
  readonly action = input.required<FootageAction>();
  /** The designated video operators (valid VIDEO_OPERATOR qualification). */
  readonly operators = input<OperatorOption[]>([]);
  /** The caller's agent record, proposed when he is an operator himself. */
  readonly ownAgentId = input<string | null>(null);
  readonly changed = output<FootageRequestResponse>();
  readonly cancelled = output<void>();

  readonly extracting = computed(() => this.action() === FootageStatus.EXTRACTED);
  readonly delivering = computed(() => this.action() === FootageStatus.DELIVERED);
  readonly refusing = computed(() => this.action() === FootageStatus.REFUSED);
  readonly submitLabel = computed(() => actionLabel(this.action()));
  readonly max = VIDEO_LIMITS.footageNote.max;
  readonly limits = VIDEO_LIMITS;

  readonly form = inject(FormBuilder).nonNullable.group({
    operatorAgentId: [''],
    recipient: [
      '',
      [
        Validators.minLength(VIDEO_LIMITS.footageRecipient.min),
        Validators.maxLength(VIDEO_LIMITS.footageRecipient.max),
      ],
    ],
    note: ['', Validators.maxLength(VIDEO_LIMITS.footageNote.max)],
  });
  readonly serverErrors = signal<Record<string, string>>({});
  readonly error = signal<string | null>(null);
  readonly saving = signal(false);

  constructor() {
    afterNextRender(() => this.firstField()?.nativeElement.focus(), { injector: this.injector });
  }

  ngOnInit(): void {
    const { operatorAgentId, recipient, note } = this.form.controls;
    const own = this.ownAgentId();
    if (this.extracting()) {
      if (this.operators().length > 0) operatorAgentId.setValidators(Validators.required);
      if (own && this.operators().some((operator) => operator.id === own)) operatorAgentId.setValue(own);
    }
    if (this.delivering()) recipient.addValidators(Validators.required);
    if (this.refusing()) note.addValidators([Validators.required, Validators.pattern(/\S/)]);
    for (const control of [operatorAgentId, recipient, note]) control.updateValueAndValidity();
  }

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    const { operatorAgentId, recipient, note } = this.form.getRawValue();
    const dto: FootageStatusDto = { to: this.action(), note: note.trim() };
    if (this.extracting() && operatorAgentId) dto.operatorAgentId = operatorAgentId;
    if (this.delivering()) dto.recipient = recipient.trim();
    this.saving.set(true);
    this.error.set(null);
    this.serverErrors.set({});
    try {
      this.changed.emit(await this.api.changeFootageStatus(this.request().id, dto));
    } catch (error) {
      const problem = problemOf(error);
      const byField = fieldErrors(problem);
      this.serverErrors.set(
        Object.fromEntries(Object.entries(byField).map(([field, message]) => [field, sentence(message)])),
      );
      this.error.set(Object.keys(byField).length > 0 ? null : problem.detail);
    } finally {
      this.saving.set(false);
    }
  }
}
