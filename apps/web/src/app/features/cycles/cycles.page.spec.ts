import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { AgentsApi } from '../agents/data-access/agents.api';
import { PlanningApi } from '../planning/data-access/planning.api';
import { CyclesApi } from './cycles.api';
import { CyclesPage } from './cycles.page';

describe('CyclesPage', () => {
  const cycles = { list: jest.fn(() => Promise.resolve([])), create: jest.fn(), update: jest.fn() };

  let page: CyclesPage;

  async function open(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: CyclesApi, useValue: cycles },
        { provide: PlanningApi, useValue: { shiftTypes: () => Promise.resolve([]) } },
        { provide: AgentsApi, useValue: { all: () => Promise.resolve([]) } },
      ],
    });
    const fixture = TestBed.createComponent(CyclesPage);
    page = fixture.componentInstance;
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const click = async (element: HTMLElement, testId: string): Promise<void> => {
    element.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!.click();
    await TestBed.inject(CyclesApi).list();
    TestBed.tick();
  };

  it('says in French what a new cycle lacks, once, and sends nothing', async () => {
    const element = await open();
    await click(element, 'new-cycle');
    await click(element, 'save-cycle');
    expect(element.querySelector('[data-testid="cycle-error"]')?.textContent?.trim()).toBe(
      'Donnez un nom au cycle.',
    );
    page.name.set('Stationnement 5/2');
    await click(element, 'save-cycle');
    expect(element.querySelector('[data-testid="cycle-error"]')?.textContent?.trim()).toBe(
      'Choisissez la brigade du cycle.',
    );
    expect(cycles.create).not.toHaveBeenCalled();
  });
});
