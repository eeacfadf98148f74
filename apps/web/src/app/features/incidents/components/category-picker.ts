import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  forwardRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { INCIDENT_TAXONOMY } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { groupIcon, groupOf } from '../incident-words';

/**
 * The category of an entry in two steps made for a thumb: the group (with its icon), then the
 * category in it. Once chosen, it folds to one line with « Changer ».
 */
@Component({
  selector: 'vg-category-picker',
  imports: [MatButtonModule, SvgIcon],
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CategoryPicker), multi: true }],
  templateUrl: './category-picker.html',
  styleUrl: './category-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CategoryPicker implements ControlValueAccessor {
  private readonly injector = inject(Injector);
  // On a Material button the reference is the component: read its element.
  private readonly changeButton = viewChild<string, ElementRef<HTMLButtonElement>>('changeButton', {
    read: ElementRef,
  });
  private readonly firstLeaf = viewChild<ElementRef<HTMLButtonElement>>('firstLeaf');

  /** Shows the picker in error (required and not chosen, or refused by the API). */
  readonly invalid = input(false);
  readonly describedBy = input<string | null>(null);

  readonly groups = INCIDENT_TAXONOMY.map((group) => ({ ...group, icon: groupIcon(group.code) }));
  readonly value = signal('');
  readonly expanded = signal<string | null>(null);
  readonly editing = signal(true);
  readonly disabled = signal(false);
  readonly chosen = computed(() => {
    const code = this.value();
    const group = this.groups.find((g) => g.code === groupOf(code));
    const leaf = group?.children.find((c) => c.code === code);
    return group && leaf ? { group, leaf } : null;
  });

  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: string | null): void {
    this.value.set(value ?? '');
    this.editing.set(!this.chosen());
    this.expanded.set(null);
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  toggle(group: string): void {
    const opening = this.expanded() !== group;
    this.expanded.set(opening ? group : null);
    if (opening) afterNextRender(() => this.firstLeaf()?.nativeElement.focus(), { injector: this.injector });
  }

  choose(code: string): void {
    this.value.set(code);
    this.onChange(code);
    this.onTouched();
    this.editing.set(false);
    this.expanded.set(null);
    afterNextRender(() => this.changeButton()?.nativeElement.focus(), { injector: this.injector });
  }

  change(): void {
    this.editing.set(true);
    this.expanded.set(groupOf(this.value()) || null);
    this.onTouched();
    afterNextRender(() => this.firstLeaf()?.nativeElement.focus(), { injector: this.injector });
  }
}
