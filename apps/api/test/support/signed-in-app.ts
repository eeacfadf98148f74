import { type ShiftTypeResponse } from '@vigie/shared';

import { Agent } from '../../src/modules/agents/agent.entity';
import { bearer, createTestApp, type TestApp, type TestAppOptions } from './test-app';

/** The app on the demo data, the chief signed in, and the demo's shift types by code. */
export interface SignedInApp {
  t: TestApp;
  /** The chief's access token. */
  chief: string;
  types: Record<string, ShiftTypeResponse>;
}

/** What the planning specs all start from: the demo service, its chief at the desk. */
export async function signedInApp(options: TestAppOptions = {}): Promise<SignedInApp> {
  const t = await createTestApp(options);
  const chief = await t.tokenOf('chef');
  const response = await t.http
    .get('/api/shift-types?limit=200')
    .set(...bearer(chief))
    .expect(200);
  const types = Object.fromEntries(
    (response.body.items as ShiftTypeResponse[]).map((type) => [type.code, type]),
  );
  return { t, chief, types };
}

/** A demo agent's id by last name (they are unique in the demo). */
export async function agentIdOf(t: TestApp, lastName: string): Promise<string> {
  return (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName })).id;
}
