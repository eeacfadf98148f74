import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { IntegrityResponse } from '@vigie/shared';

import { settle } from '../testing/incident.builders';
import { IntegrityPanel } from './integrity-panel';

const HASH = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12';

function result(overrides: Partial<IntegrityResponse> = {}): IntegrityResponse {
  return {
    ok: true,
    checked: 1234,
    firstBrokenId: null,
    problem: null,
    head: { seq: 1234, hash: HASH },
    anchor: null,
    exported: null,
    ...overrides,
  };
}

describe('IntegrityPanel', () => {
  let fixture: ComponentFixture<IntegrityPanel>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  async function open(first: IntegrityResponse = result()): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IntegrityPanel);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    backend.expectOne('/api/incidents/integrity').flush(first);
    await render();
  }

  afterEach(() => backend.verify());

  it('shows the head of the chain and exports it as a small JSON file', async () => {
    await open();
    expect(byTestId('chain-head')?.textContent).toContain('Tête de chaîne : maillon n° 1234');
    expect(byTestId('chain-head')?.querySelector('code')?.getAttribute('title')).toBe(HASH);

    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:empreinte';
    });
    const revoke = jest.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    byTestId('export-head')!.click();
    click.mockRestore();

    expect(clicked[0].download).toBe('vigie-empreinte-1234.json');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]);
    });
    expect(JSON.parse(text)).toMatchObject({
      registre: 'Vigie — main courante',
      seq: 1234,
      hash: HASH,
    });
    expect(revoke).toHaveBeenCalledWith('blob:empreinte');
  });

  it('checks an exported file against the chain and says in red when the chain no longer holds it', async () => {
    await open();
    const panel = fixture.componentInstance;
    const checking = panel.fileChosen({
      target: {
        files: [{ text: () => Promise.resolve(JSON.stringify({ seq: 1200, hash: HASH })) }],
        value: 'x',
      },
    } as unknown as Event);
    await Promise.resolve();
    await Promise.resolve();
    const request = backend.expectOne(
      (req) => req.url === '/api/incidents/integrity' && req.params.get('seq') === '1200',
    );
    expect(request.request.params.get('hash')).toBe(HASH);
    const message = 'Le maillon n° 1200 n’a plus l’empreinte exportée : la chaîne a été recalculée depuis.';
    request.flush(
      result({
        ok: false,
        problem: message,
        exported: { seq: 1200, hash: HASH, status: 'MISMATCH', message },
      }),
    );
    await checking;
    await render();
    const state = byTestId('exported-state')!;
    expect(state.textContent?.trim()).toBe(message);
    expect(state.classList).toContain('bad');
    expect(state.getAttribute('role')).toBe('alert');
    expect(byTestId('integrity-state')?.classList).toContain('broken');
  });

  it('says so when the file is not an exported head, without asking the API', async () => {
    await open();
    await fixture.componentInstance.fileChosen({
      target: { files: [{ text: () => Promise.resolve('{"seq": "un", "hash": 3}') }], value: 'x' },
    } as unknown as Event);
    await render();
    expect(element.textContent).toContain('Ce fichier n’est pas une empreinte exportée de la main courante.');
    backend.expectNone('/api/incidents/integrity');
  });

  it('tells where the verification starts after a retention purge', async () => {
    await open(
      result({
        anchor: {
          seq: 5120,
          hash: HASH,
          purgedAt: '2029-09-01T01:30:00.000Z',
          recordedBefore: '2026-09-01T01:30:00.000Z',
        },
      }),
    );
    expect(byTestId('chain-anchor')?.textContent).toContain('jusqu’au maillon n° 5120 le 01/09/2029');
  });
});
