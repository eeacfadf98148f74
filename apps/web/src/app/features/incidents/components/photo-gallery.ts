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
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import type { PhotoResponse } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { IncidentsApi } from '../data-access/incidents.api';

interface PhotoViewerData {
  url: string;
  alt: string;
  index: number;
  count: number;
}

/** One photo, whole, on a dark ground. */
@Component({
  selector: 'vg-photo-viewer',
  imports: [MatButtonModule, MatDialogModule, SvgIcon],
  template: `
    <div
      class="viewer"
      data-testid="photo-viewer"
      tabindex="-1"
      (click)="closeOnBackdrop($event)"
      (keydown.escape)="close()"
    >
      <img [src]="data.url" [alt]="data.alt" />
      <div class="bar">
        <p class="caption" i18n>Photo {{ data.index + 1 }} sur {{ data.count }}</p>
        <button mat-stroked-button type="button" class="close" mat-dialog-close>
          <mat-icon svgIcon="close" />
          <span i18n>Fermer</span>
        </button>
      </div>
    </div>
  `,
  styles: `
    .viewer {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      width: 100%;
      height: 100%;
      box-sizing: border-box;
      padding: 16px;
      background: #111;
    }
    img {
      max-width: 100%;
      max-height: calc(100% - 64px);
      object-fit: contain;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 16px;
      margin-top: 8px;
    }
    .caption {
      color: #fff;
      margin: 0;
    }
    .close {
      color: #fff;
      border-color: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhotoViewer {
  readonly data = inject<PhotoViewerData>(MAT_DIALOG_DATA);
  private readonly dialog = inject(MatDialog);

  close(): void {
    this.dialog.closeAll();
  }

  /** A tap beside the photo closes it; a tap on the photo does not. */
  closeOnBackdrop(event: Event): void {
    if (event.target === event.currentTarget) this.close();
  }
}

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
            <button type="button" class="thumb" (click)="enlarge(index)" [attr.aria-label]="openLabel(index)">
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhotoGallery {
  private readonly api = inject(IncidentsApi);
  private readonly dialog = inject(MatDialog);

  readonly incidentId = input.required<string>();
  readonly photos = input.required<PhotoResponse[]>();
  readonly shown = signal<ShownPhoto[]>([]);

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

  /** The photo whole, over everything (the toolbar included), until « Fermer », Échap or a tap beside it. */
  enlarge(index: number): void {
    const url = this.shown()[index]?.url;
    if (!url) return;
    this.dialog.open(PhotoViewer, {
      data: { url, alt: this.altOf(index), index, count: this.shown().length } satisfies PhotoViewerData,
      maxWidth: '100vw',
      maxHeight: '100vh',
      width: '100vw',
      height: '100vh',
      panelClass: 'vg-photo-viewer',
      autoFocus: 'dialog',
    });
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
