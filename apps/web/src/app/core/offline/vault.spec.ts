import 'fake-indexeddb/auto';

import { Vault } from './vault';

let vault: Vault;
let n = 0;
beforeEach(() => {
  vault = new Vault(`vault-spec-${++n}`);
});
afterEach(() => vault.close());

describe('what the phone keeps, encrypted with the user’s key', () => {
  it('reads back what it sealed, and stores no readable text', async () => {
    const entry = { key: 'cle', dto: { summary: 'Tag sur le mur de l’école Jules Ferry' } };
    const sealed = await vault.seal('u1', entry);
    expect(sealed.iv).toHaveLength(12);
    const stored = new TextDecoder().decode(sealed.data);
    expect(stored).not.toContain('Jules Ferry');
    await expect(vault.unseal('u1', sealed)).resolves.toEqual(entry);
  });

  it('makes the key non-extractable: it can be used, never read out', async () => {
    const key = await vault.keyOf('u1');
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('reads the outbox after the app restarted (the key is kept with it until sign-out)', async () => {
    await vault.append('u1', { summary: 'Dépôt sauvage rue Sadi Carnot' });
    vault.close();
    const reopened = new Vault(`vault-spec-${n}`);
    const [record] = await reopened.outboxOf('u1');
    await expect(reopened.unseal('u1', record)).resolves.toEqual({
      summary: 'Dépôt sauvage rue Sadi Carnot',
    });
    reopened.close();
  });

  it('cannot open one user’s records with another’s key, nor an altered record', async () => {
    const sealed = await vault.seal('u1', { secret: 1 });
    await vault.keyOf('u2');
    await expect(vault.unseal('u2', sealed)).rejects.toThrow();
    const altered = new Uint8Array(sealed.data.slice(0));
    altered[0] ^= 1;
    await expect(vault.unseal('u1', { iv: sealed.iv, data: altered.buffer })).rejects.toThrow();
  });

  it('forgets at sign-out the user’s key, outbox and pages: nothing of his can be read again', async () => {
    await vault.append('u1', { n: 1 });
    await vault.cache('u1', 'mon-planning', { weeks: 4 });
    await vault.keepIdentity({ id: 'u1', login: 'agent', displayName: 'J', roles: [], agentId: 'a1' });
    await vault.append('u2', { n: 2 });
    const [kept] = await vault.outboxOf('u1');
    await vault.forget('u1');
    expect(await vault.outboxOf('u1')).toEqual([]);
    expect(await vault.cached('u1', 'mon-planning')).toBeNull();
    expect(await vault.identity()).toBeNull();
    await expect(vault.unseal('u1', kept)).rejects.toThrow();
    expect(await vault.outboxOf('u2')).toHaveLength(1);
  });

  it('keeps the outbox in the order it was written', async () => {
    for (const n of [1, 2, 3]) await vault.append('u1', { n });
    const records = await vault.outboxOf('u1');
    const order = await Promise.all(records.map((r) => vault.unseal<{ n: number }>('u1', r)));
    expect(order.map((o) => o.n)).toEqual([1, 2, 3]);
  });
});
