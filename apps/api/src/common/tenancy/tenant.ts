import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The service (tenant) the current work acts for. PostgreSQL's row-level security reads it from
 * the connection's `vigie.service` setting, which the pool's client sets before each query whose
 * service differs from the connection's (common/db/database-guard.ts): a query shows and writes
 * only that service's rows, whatever its own filter. No service: no tenant row at all.
 *
 * A request starts with none (`withinRequest`); the auth guard enters the signed-in session's
 * service. Background work (a nightly job, the demo seed) runs each service's part in `inService`.
 */
interface TenantScope {
  serviceId: string | null;
}

const scopes = new AsyncLocalStorage<TenantScope>();
const serviceFree = new AsyncLocalStorage<true>();

/** What work outside any scope acts for: none in the product; a test harness may choose one. */
let outsideScopes: string | null = null;

/**
 * Tests that read the database behind the API's back act for one service (the demo's Lomme), as
 * the app's role does in a request; the product never calls this (its work is always scoped).
 */
export function actOutsideScopesFor(serviceId: string | null): void {
  outsideScopes = serviceId;
}

/** Runs a request's handling in a scope without a service until the guard enters one. */
export function withinRequest<T>(work: () => T): T {
  return scopes.run({ serviceId: null }, work);
}

/** The signed-in session's service, for the rest of this request. */
export function enterService(serviceId: string | null): void {
  const scope = scopes.getStore();
  if (!scope) throw new Error('enterService outside a request scope');
  scope.serviceId = serviceId;
}

/** Runs `work` for one service (background work, or the platform creating a service). */
export function inService<T>(serviceId: string | null, work: () => Promise<T>): Promise<T> {
  return scopes.run({ serviceId }, work);
}

/** The service the current work acts for, or null. */
export function currentService(): string | null {
  const scope = scopes.getStore();
  return scope ? scope.serviceId : outsideScopes;
}

/** The current service; throws when there is none (a bug: the route must be a service's). */
export function requireService(): string {
  const serviceId = currentService();
  if (!serviceId) throw new Error('No service in scope');
  return serviceId;
}

/**
 * Runs `work` whose statements depend on no service (an owner's function answering for what it is
 * given, global tables): the connection keeps the service it has instead of being set to none and
 * back. Only for statements that read no tenant table under the caller's rights.
 */
export function regardlessOfService<T>(work: () => Promise<T>): Promise<T> {
  return serviceFree.run(true, work);
}

/** Whether the current statement depends on no service (`regardlessOfService`). */
export function isRegardlessOfService(): boolean {
  return serviceFree.getStore() === true;
}
