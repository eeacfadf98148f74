import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';

import type { PageOnFakeBackend } from './page-testing';

export interface DialogOptions {
  /** What the opener hands the dialog (`MAT_DIALOG_DATA`); none when left out. */
  data?: unknown;
  /** Stands for the dialog's `close`: the spec's mock, to see what it closed with. */
  close: (result?: unknown) => void;
  /**
   * Attaches the dialog to the document: its buttons stand outside its form and submit it by its
   * id, which needs the document. Remove `element` after each test.
   */
  inDocument?: boolean;
}

/** Renders the dialog `component` as its opener would, its requests held by a fake backend. */
export async function openDialogOnFakeBackend<T>(
  component: Type<T>,
  { data, close, inDocument = false }: DialogOptions,
): Promise<PageOnFakeBackend<T>> {
  await TestBed.configureTestingModule({
    imports: [component],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      ...(data === undefined ? [] : [{ provide: MAT_DIALOG_DATA, useValue: data }]),
      { provide: MatDialogRef, useValue: { close } },
    ],
  }).compileComponents();
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  const element = fixture.nativeElement as HTMLElement;
  if (inDocument) document.body.appendChild(element);
  await fixture.whenStable();
  return { fixture, element, backend };
}

/** After a test in the document: the dialog gone, and the overlays it opened (options, calendars). */
export function removeDialog(element: HTMLElement): void {
  element.remove();
  document.querySelector('.cdk-overlay-container')?.replaceChildren();
}

/**
 * Waits until the page's dialogs have closed: their leaving animation ends before `afterClosed`
 * answers the opener. Render the page after it.
 */
export async function dialogsClosed(): Promise<void> {
  for (let waited = 0; document.querySelector('mat-dialog-container'); waited += 20) {
    if (waited > 2000) throw new Error('le dialogue ne s’est pas fermé');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
