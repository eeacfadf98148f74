import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  model,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PHOTO_LIMITS } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { PhotoUnreadable, type PreparedPhoto, preparePhoto } from '../photos';

/** A photo of the form, with the address of its thumbnail. */
export interface FormPhoto extends PreparedPhoto {
  url: string;
}

/**
 * The photos of an entry (or of a complement): taken with the phone's camera or chosen, resized
 * on the phone before anything is kept or sent, shown as thumbnails the agent may take back
 * before saving; 6 at most.
 */
@Component({
  selector: 'vg-photo-picker',
  imports: [MatButtonModule, SvgIcon],
  template: `
    <div class="photos" data-testid="photo-picker">
      <p class="count" data-testid="photo-count">
        @if (photos().length === 0) {
          <ng-container i18n>Aucune photo (facultatif, {{ max }} au plus)</ng-container>
        } @else {
          <ng-container i18n>{{ photos().length }} / {{ max }} photos</ng-container>
        }
      </p>
      @if (photos().length > 0) {
        <ul class="thumbs">
          @for (photo of photos(); track photo.sha256; let index = $index) {
            <li data-testid="photo-thumb">
              <img [src]="photo.url" [alt]="altOf(index)" />
              <button
                mat-icon-button
                type="button"
                class="remove"
                (click)="remove(index)"
                [attr.aria-label]="removeLabel(index)"
                data-testid="photo-remove"
              >
                <mat-icon svgIcon="close" />
              </button>
            </li>
          }
        </ul>
      }
      @if (!full()) {
        <div class="buttons">
          <label class="pick" [class.busy]="busy()">
            <mat-icon svgIcon="photo_camera" />
            <span i18n>Prendre une photo</span>
            <input
              type="file"
              accept="image/*"
              capture="environment"
              (change)="add($event)"
              [disabled]="busy()"
              data-testid="photo-camera"
            />
          </label>
          <label class="pick" [class.busy]="busy()">
            <mat-icon svgIcon="photo_library" />
            <span i18n>Choisir</span>
            <input
              type="file"
              accept="image/*"
              multiple
              (change)="add($event)"
              [disabled]="busy()"
              data-testid="photo-choose"
            />
          </label>
        </div>
      }
      @if (busy()) {
        <p class="note" role="status" i18n>Préparation de la photo…</p>
      }
      @if (message(); as text) {
        <p class="note vg-error" role="alert" data-testid="photo-message">{{ text }}</p>
      }
    </div>
  `,
  styles: `
    .photos {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .count {
      margin: 0;
      color: var(--vg-muted, #5f6368);
      font-size: 0.875rem;
    }
    .thumbs {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(96px, 1fr));
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .thumbs li {
      position: relative;
      aspect-ratio: 1;
      border-radius: 8px;
      overflow: hidden;
      background: #eceff1;
    }
    .thumbs img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    .remove {
      position: absolute;
      top: 2px;
      right: 2px;
      background: rgb(0 0 0 / 55%);
      color: #fff;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .pick {
      position: relative;
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 44px;
      padding: 0 16px;
      border: 1px solid var(--mat-sys-outline, #79747e);
      border-radius: 22px;
      color: var(--mat-sys-primary, #1a3a6b);
      font-weight: 500;
      cursor: pointer;
    }
    .pick.busy {
      opacity: 0.5;
    }
    .pick input {
      position: absolute;
      inset: 0;
      opacity: 0;
      cursor: pointer;
    }
    .pick:focus-within {
      outline: 2px solid var(--mat-sys-primary, #1a3a6b);
      outline-offset: 2px;
    }
    .note {
      margin: 0;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhotoPicker {
  readonly photos = model<FormPhoto[]>([]);
  readonly max = PHOTO_LIMITS.perEntry;
  readonly full = computed(() => this.photos().length >= this.max);
  readonly busy = signal(false);
  readonly message = signal<string | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.photos().forEach((photo) => URL.revokeObjectURL(photo.url)));
  }

  altOf(index: number): string {
    return $localize`Photo ${index + 1}`;
  }

  removeLabel(index: number): string {
    return $localize`Retirer la photo ${index + 1}`;
  }

  async add(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) return;
    this.message.set(null);
    const room = this.max - this.photos().length;
    if (files.length > room) {
      this.message.set(
        $localize`${this.max} photos au plus par entrée : seules les ${room} premières sont gardées.`,
      );
    }
    this.busy.set(true);
    try {
      for (const file of files.slice(0, room)) {
        try {
          const prepared = await preparePhoto(file);
          if (this.photos().some((photo) => photo.sha256 === prepared.sha256)) continue;
          this.photos.update((list) => [...list, { ...prepared, url: URL.createObjectURL(prepared.blob) }]);
        } catch (error) {
          this.message.set(
            error instanceof PhotoUnreadable
              ? error.message
              : $localize`Cette photo n’a pas pu être préparée.`,
          );
        }
      }
    } finally {
      this.busy.set(false);
    }
  }

  remove(index: number): void {
    const photo = this.photos()[index];
    if (photo) URL.revokeObjectURL(photo.url);
    this.photos.update((list) => list.filter((_, at) => at !== index));
  }
}
