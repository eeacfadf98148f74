import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type Provider, signal, type Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { can, type Capability, type TerritoryResponse, type UserResponse } from '@vigie/shared';

import { AuthService } from '../core/auth/auth.service';

/**
 * The session of `user`, with the real role → capability map deciding what the page shows; the
 * territory the chief changes is kept with him, as the real session does.
 */
export function signedInAs(user: UserResponse): Provider {
  const current = signal(user);
  return {
    provide: AuthService,
    useValue: {
      user: current,
      can: (c: Capability) => can(user.roles, c),
      keepTerritory: (territory: TerritoryResponse) => {
        current.update((u) => ({ ...u, territory }));
        return Promise.resolve();
      },
    },
  };
}

export interface PageOnFakeBackend<T> {
  fixture: ComponentFixture<T>;
  element: HTMLElement;
  /** Answers the page's requests; `verify()` it after each test. */
  backend: HttpTestingController;
}

/**
 * Renders `page` for `user`, its requests held by a fake backend until the test answers them;
 * `inputs` are set before its first rendering, `providers` added (a phone's breakpoints…).
 */
export function openOnFakeBackend<T>(
  page: Type<T>,
  user: UserResponse,
  { inputs = {}, providers = [] }: { inputs?: Record<string, unknown>; providers?: Provider[] } = {},
): PageOnFakeBackend<T> {
  TestBed.configureTestingModule({
    imports: [page],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      signedInAs(user),
      ...providers,
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement, backend };
}

/** Lets the answers given reach the page (their promises, then rendering). */
export async function settled(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

/**
 * The options of the panel `select` (a `mat-select`) has open — not of a panel closed just before,
 * which may still be leaving the overlay.
 */
export function panelOptions(select: HTMLElement): HTMLElement[] {
  const panel = document.getElementById(select.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error('ce menu n’est pas ouvert');
  return Array.from(panel.querySelectorAll<HTMLElement>('mat-option'));
}
