import { APIRequestContext, expect, Locator, Page } from '@playwright/test';

/** Dates of the demo, computed from today in Paris (the demo data are relative to it). */
export function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the week of `date`. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/** The local date, in Paris, of an instant. */
export function parisDate(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(instant));
}

/** `HH:mm` in Paris. */
export function parisTime(instant: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** « Samedi 5 décembre » */
export function longDay(date: string): string {
  const text = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(`${date}T12:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Shift {
  id: string;
  typeCode: string;
  label: string;
  startsAt: string;
  endsAt: string;
  minAgents: number;
  published: boolean;
  assignments: { agentId: string; agentName: string }[];
}

/** A page of a list of the API. */
interface ShiftPage {
  items: Shift[];
  nextCursor: string | null;
}

/** A signed-in API client, for what a journey needs set up (the demo accounts' password). */
export class Api {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  /** The bytes and media type of a binary answer (a photo). */
  async bytes(path: string): Promise<{ body: Buffer; type: string }> {
    const response = await this.request.get(path, { headers: { Authorization: `Bearer ${this.token}` } });
    expect(response.status()).toBe(200);
    return { body: await response.body(), type: response.headers()['content-type'] ?? '' };
  }

  static async signIn(request: APIRequestContext, login: string): Promise<Api> {
    const response = await request.post('/api/auth/login', { data: { login, password: 'vigie-demo' } });
    expect(response.status()).toBe(200);
    return new Api(request, ((await response.json()) as { accessToken: string }).accessToken);
  }

  /** The access token the page got when it signed in (no second sign-in: they are throttled). */
  static async fromPage(page: Page, signIn: () => Promise<void>): Promise<Api> {
    // The sign-in's answer passes through the test on its way to the page: Chromium could not
    // always give its body back afterwards (« No data found for resource »).
    let answered: (token: string) => void = () => undefined;
    const token = new Promise<string>((resolve) => (answered = resolve));
    const pattern = '**/api/auth/login';
    await page.route(pattern, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { accessToken?: string };
      await route.fulfill({ response, json: body });
      if (response.status() === 200 && body.accessToken) answered(body.accessToken);
    });
    await signIn();
    const accessToken = await token;
    await page.unroute(pattern);
    return new Api(page.request, accessToken);
  }

  private get headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.request.get(path, { headers: this.headers });
    expect(response.status(), `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  }

  /** A POST or PATCH expected to succeed (2xx), with the body it answers. */
  async write<T>(method: 'post' | 'patch', path: string, data: unknown): Promise<T> {
    const response = await this.request[method](path, { headers: this.headers, data });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  async send(method: 'post' | 'put' | 'delete', path: string, data?: unknown): Promise<number> {
    const response = await this.request[method](path, { headers: this.headers, data });
    return response.status();
  }

  /** A creation that must succeed (201), its body. */
  async create<T>(path: string, data: unknown): Promise<T> {
    const response = await this.request.post(path, { headers: this.headers, data });
    expect(response.status(), `POST ${path}`).toBe(201);
    return (await response.json()) as T;
  }

  /** Every shift of the period: the list comes in pages, followed to the last. */
  async shifts(from: string, to: string): Promise<Shift[]> {
    const shifts: Shift[] = [];
    let cursor: string | null = null;
    do {
      const page: ShiftPage = await this.get<ShiftPage>(
        `/api/shifts?from=${from}&to=${to}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      shifts.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return shifts;
  }
}

/** Drags with the mouse as a person does: press, move a little, travel, hover, release. */
export async function drag(page: Page, source: Locator, target: Locator, beforeDrop?: () => Promise<void>) {
  // The grid scrolls inside its box under sticky headers: bring the target row just below them,
  // away from the edges where dragging scrolls the grid.
  await target.evaluate((cell) => {
    const box = cell.closest<HTMLElement>('.grid-scroll')!;
    const header = box.querySelector('thead')!.getBoundingClientRect().height;
    box.scrollLeft = 0;
    box.scrollTop += cell.getBoundingClientRect().top - box.getBoundingClientRect().top - header - 24;
  });
  const from = (await source.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 4 });
  const to = (await target.boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.move(to.x + to.width / 2 + 2, to.y + to.height / 2 + 2, { steps: 2 });
  if (beforeDrop) await beforeDrop();
  await page.mouse.up();
}
