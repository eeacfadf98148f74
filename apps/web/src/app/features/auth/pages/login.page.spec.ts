import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { AuthService } from '../../../core/auth/auth.service';
import { LoginPage } from './login.page';

class FakeAuth {
  readonly signedIn = signal(false);
  login = jest.fn<Promise<void>, [string, string]>();
}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let auth: FakeAuth;
  let element: HTMLElement;

  beforeEach(async () => {
    auth = new FakeAuth();
    await TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideRouter([]), { provide: AuthService, useValue: auth }],
    }).compileComponents();
    fixture = TestBed.createComponent(LoginPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  function type(testId: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element.querySelector<HTMLButtonElement>('[data-testid="submit"]')!.click();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  it('asks for both fields before calling the API', async () => {
    await submit();
    expect(auth.login).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Saisissez votre identifiant.');
    expect(element.textContent).toContain('Saisissez votre mot de passe.');
  });

  it('signs in with the trimmed login and goes to the page asked for', async () => {
    auth.login.mockResolvedValue();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('retour', '/comptes');
    type('login', '  chef ');
    type('password', 'vigie-demo');
    await submit();
    expect(auth.login).toHaveBeenCalledWith('chef', 'vigie-demo');
    expect(navigate).toHaveBeenCalledWith('/comptes');
  });

  it('never follows a return address to another site', async () => {
    auth.login.mockResolvedValue();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('retour', '//evil.example/');
    type('login', 'chef');
    type('password', 'vigie-demo');
    await submit();
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('shows the API’s message on refusal and clears the password', async () => {
    auth.login.mockRejectedValue(
      new HttpErrorResponse({
        status: 401,
        error: {
          type: 'urn:vigie:problem:unauthenticated',
          title: 'Authentification requise',
          status: 401,
          detail: 'Identifiant ou mot de passe incorrect.',
        },
      }),
    );
    type('login', 'chef');
    type('password', 'mauvais');
    await submit();
    expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain(
      'Identifiant ou mot de passe incorrect.',
    );
    expect(element.querySelector<HTMLInputElement>('[data-testid="password"]')!.value).toBe('');
  });

  it('says when the server cannot be reached', async () => {
    auth.login.mockRejectedValue(new HttpErrorResponse({ status: 0 }));
    type('login', 'chef');
    type('password', 'vigie-demo');
    await submit();
    expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain(
      'Le serveur ne répond pas',
    );
  });
});
