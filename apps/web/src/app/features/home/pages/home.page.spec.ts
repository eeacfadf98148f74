import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role, type UserResponse } from '@vigie/shared';

import { signedInAs } from '../../../testing/page-testing';
import { HomePage } from './home.page';

function open(roles: Role[], agentId: string | null): HTMLElement {
  const user: UserResponse = { id: 'u', login: 'u', displayName: 'U', roles, agentId };
  TestBed.configureTestingModule({
    providers: [provideRouter([]), signedInAs(user)],
  });
  const fixture = TestBed.createComponent(HomePage);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const shortcuts = (element: HTMLElement) =>
  [...element.querySelectorAll('.shortcut')].map((link) => [
    link.querySelector('span')?.textContent?.trim(),
    link.getAttribute('href'),
  ]);

describe('the home page', () => {
  it('puts a new main courante entry one tap away for an agent, and his shortcuts', () => {
    const element = open([Role.AGENT], 'a-1');
    expect(element.querySelector('[data-testid="home-new-incident"]')?.getAttribute('href')).toBe(
      '/main-courante/nouvelle',
    );
    expect(shortcuts(element)).toEqual([
      ['Mon planning', '/mon-planning'],
      ['Main courante', '/main-courante'],
      ['Vidéoprotection', '/videoprotection'],
    ]);
  });

  it('names the statistics of the main courante in full for a supervisor', () => {
    const element = open([Role.SUPERVISOR], 'a-3');
    expect(shortcuts(element)).toContainEqual([
      'Statistiques de la main courante',
      '/main-courante/statistiques',
    ]);
  });

  it('names the footage requests in full for a supervisor', () => {
    const element = open([Role.SUPERVISOR], 'a-3');
    expect(shortcuts(element)).toContainEqual(['Réquisitions d’images', '/videoprotection/requisitions']);
  });

  it('shows HR nothing of the main courante nor of the cameras', () => {
    const element = open([Role.HR], null);
    expect(element.querySelector('[data-testid="home-new-incident"]')).toBeNull();
    expect(shortcuts(element).some(([, href]) => href?.startsWith('/main-courante'))).toBe(false);
    expect(shortcuts(element).some(([, href]) => href?.startsWith('/videoprotection'))).toBe(false);
  });
});
