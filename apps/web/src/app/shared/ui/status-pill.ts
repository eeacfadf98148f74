import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The colours a status may take: done or fine, under way, waiting on someone, over, handed to
 * an outside service, refused.
 */
export type PillTone = 'ok' | 'info' | 'warning' | 'muted' | 'external' | 'danger';

/** A status in a coloured pill; each feature maps its statuses to a label and a tone. */
@Component({
  selector: 'vg-status-pill',
  template: `<span class="status" [class]="tone()" [attr.data-testid]="testId()">{{ label() }}</span>`,
  styles: `
    .status {
      display: inline-block;
      font-size: 0.75rem;
      font-weight: 500;
      line-height: 22px;
      padding: 0 10px;
      border-radius: 11px;
      white-space: nowrap;
    }

    .ok {
      background: #e2f3e7;
      color: var(--vg-ok);
    }

    .info {
      background: #e3ecf8;
      color: #1f4e93;
    }

    .warning {
      background: #fff1d6;
      color: var(--vg-warning);
    }

    .muted {
      background: #eceff3;
      color: #5b6472;
    }

    .external {
      background: #efe7f7;
      color: #5b2d8c;
    }

    .danger {
      background: #fdecea;
      color: var(--vg-danger);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusPill {
  readonly label = input.required<string>();
  readonly tone = input.required<PillTone>();
  readonly testId = input<string | null>(null);
}
