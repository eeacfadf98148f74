import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  ErrorHandler,
  inject,
  input,
  OnChanges,
  ViewEncapsulation,
} from '@angular/core';

import { ICONS } from '../../core/icons/icons.generated';

/** Each icon's SVG, parsed on first use; every `<mat-icon>` then shows a copy. */
const parsed = new Map<string, SVGElement>();

function svgOf(name: string): SVGElement | null {
  let svg = parsed.get(name);
  if (!svg) {
    const text = ICONS[name];
    if (!text) return null;
    // The SVG comes from the build (the icon set), never from a user.
    const template = document.createElement('template');
    template.innerHTML = text;
    svg = template.content.firstElementChild as SVGElement;
    // As Material's icon sets them: the SVG fills the element's box.
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    parsed.set(name, svg);
  }
  return svg.cloneNode(true) as SVGElement;
}

/**
 * Vigie's icons: `<mat-icon svgIcon="menu" />`, the element, attribute and classes of Material's
 * icon, so Material's buttons, form fields and lists size and place it as theirs, and the pages'
 * styles apply unchanged. Without Material's registry: the SVG is written into the element once,
 * from the generated set (icons.generated.ts), with no observable, no sanitiser round trip and no
 * check after each change detection: Material's icon was slow to draw on a phone (bench/NOTES.md).
 * Hidden from assistive technologies unless told
 * otherwise, as Material's: the text beside an icon says what it means.
 */
@Component({
  // The selector of the component it replaces (MatIcon, which the app no longer imports): the
  // templates and styles that name `mat-icon` stay as they are.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'mat-icon',
  template: '',
  styles: `
    mat-icon {
      color: inherit;
    }

    .mat-icon {
      user-select: none;
      background-repeat: no-repeat;
      display: inline-block;
      fill: currentColor;
      height: 24px;
      width: 24px;
      overflow: hidden;
    }

    .mat-icon.mat-icon-inline {
      font-size: inherit;
      height: inherit;
      line-height: inherit;
      width: inherit;
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'mat-icon notranslate mat-icon-no-color',
    role: 'img',
    '[attr.aria-hidden]': 'ariaHidden()',
    '[attr.data-icon]': 'svgIcon()',
    '[class.mat-icon-inline]': 'inline()',
  },
})
export class SvgIcon implements OnChanges {
  /** The icon's name in the generated set (`node scripts/icons.mjs` after naming a new one). */
  readonly svgIcon = input.required<string>();
  /** Sized as the text around it. */
  readonly inline = input(false, { transform: (value: boolean | '') => value !== false });
  readonly ariaHidden = input<'true' | 'false'>('true', { alias: 'aria-hidden' });

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly errors = inject(ErrorHandler);
  private shown: string | null = null;

  // Written when the name is set or changes: an input hook, not an effect, for the cheapest path.
  ngOnChanges(): void {
    const name = this.svgIcon();
    if (name === this.shown) return;
    this.shown = name;
    const svg = svgOf(name);
    this.host.replaceChildren(...(svg ? [svg] : []));
    if (!svg) this.errors.handleError(new Error(`Icône inconnue : « ${name} » (node scripts/icons.mjs)`));
  }
}
