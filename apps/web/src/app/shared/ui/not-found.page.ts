import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'vg-not-found-page',
  imports: [MatButtonModule, RouterLink],
  template: `
    <div class="vg-page">
      <h1 i18n>Page introuvable</h1>
      <p i18n>Cette adresse ne correspond à aucune page de Vigie.</p>
      <a mat-flat-button routerLink="/" i18n>Retour à l’accueil</a>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
