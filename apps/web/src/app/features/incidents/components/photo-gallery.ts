import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { PhotoResponse } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { IncidentsApi } from '../data-access/incidents.api';

interface ShownPhoto {
  sha256: string;
  url: string | null;
  failed: boolean;
}

/**
 * The photos of an entry for its reader: thumbnails, one tap to see a photo whole. Each photo is
 * fetched with the reader's session (the API journals every view), held as a local address while
 * the page is open.
 */
@Component({
  selector: 'vg-photo-gallery',
  imports: [MatButtonModule, SvgIcon],
  template: `
    <ul class="gallery" data-testid="photo-gallery">
      @for (photo of shown(); track photo.sha256; let index = $index) {
        <li>
          @if (photo.url) {
            <button
              type="button"
              class="thumb"
              (click)="enlarged.set(index)"
              [attr.aria-label]="openLabel(index)"
            >
              <img [src]="photo.url" [alt]="altOf(index)" data-testid="gallery-photo" />
            </button>
          } @else if (photo.failed) {
            <span class="thumb missing" i18n>Photo indisponible</span>
          } @else {
            <span class="thumb loading" aria-busy="true"></span>
          }
        </li>
      }
    </ul>
    @if (enlarged() !== null) {
      @let photo = shown()[enlarged()!];
      <div
        class="viewer"
        role="dialog"
        aria-modal="true"
        [attr.aria-label]="altOf(enlarged()!)"
        (click)="closeOnBackdrop($event)"
        (keydown.escape)="enlarged.set(null)"
        tabindex="-1"
        data-testid="photo-viewer"
      >
        <img [src]="photo.url" [alt]="altOf(enlarged()!)" />
        <button
          mat-icon-button
          type="button"
          class="close"
          (click)="enlarged.set(null)"
          i18n-aria-label
          aria-label="Fermer"
        >
          <mat-icon svgIcon="close" />
        </button>
        <p class="caption" i18n>Photo {{ enlarged()! + 1 }} sur {{ shown().length }}</p>
      </div>
    }
  `,
  styles: `
    .gallery {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(104px, 1fr));
      gap: 8px;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
    }
    .thumb {
      display: block;
      width: 100%;
      aspect-ratio: 1;
      padding: 0;
      border: 0;
      border-radius: 8px;
      overflow: hidden;
      background: #eceff1;
      cursor: zoom-in;
    }
    .thumb img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    .missing {
      display: flex;
      align-items: center;
      justify-content: center;
      text-align: center;
      font-size: 0.8rem;
      color: #5f6368;
      cursor: default;
    }
    .viewer {
      position: fixed;
      inset: 0;
      z-index: 1000;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      background: rgb(0 0 0 / 88%);
      padding: 16px;
    }
    .viewer img {
      max-width: 100%;
      max-height: calc(100% - 56px);
      object-fit: contain;
    }
    .close {
      position: absolute;
      top: 8px;
      right: 8px;
      color: #fff;
    }
    .caption {
      color: #fff;
      margin: 8px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhotoGallery {
  private readonly api = inject(IncidentsApi);

  readonly incidentId = input.required<string>();
  readonly photos = input.required<PhotoResponse[]>();
  readonly shown = signal<ShownPhoto[]>([]);
  readonly enlarged = signal<number | null>(null);

  constructor() {
    effect(() => {
      const id = this.incidentId();
      const photos = this.photos();
      untracked(() => void this.load(id, photos));
    });
    inject(DestroyRef).onDestroy(() => this.release());
  }

  altOf(index: number): string {
    return $localize`Photo ${index + 1} de l’entrée`;
  }

  /** A tap beside the photo closes it; a tap on the photo does not. */
  closeOnBackdrop(event: Event): void {
    if (event.target === event.currentTarget) this.enlarged.set(null);
  }

  openLabel(index: number): string {
    return $localize`Agrandir la photo ${index + 1}`;
  }

  private async load(id: string, photos: PhotoResponse[]): Promise<void> {
    this.release();
    this.shown.set(photos.map((photo) => ({ sha256: photo.sha256, url: null, failed: false })));
    for (const photo of photos) {
      let url: string | null = null;
      try {
        url = URL.createObjectURL(await this.api.photo(id, photo.sha256));
      } catch {
        url = null;
      }
      this.shown.update((list) =>
        list.map((item) => (item.sha256 === photo.sha256 ? { ...item, url, failed: url === null } : item)),
      );
    }
  }

  private release(): void {
    for (const photo of this.shown()) if (photo.url) URL.revokeObjectURL(photo.url);
  }
}
