import { type CommuneResponse, SERVICE_KIND_LABELS, type ServiceSummary } from '@vigie/shared';

/** « Pérenchies (59457) »: a commune as the platform names it, by its INSEE code. */
export function communeLabel(commune: CommuneResponse): string {
  return `${commune.name} (${commune.code})`;
}

/** « Police pluricommunale · Lompret, Prémesques, Verlinghem »: what a service is, under its name. */
export function serviceLine(service: ServiceSummary): string {
  const communes = service.communes.map((commune) => commune.name).join(', ');
  return `${SERVICE_KIND_LABELS[service.kind]} · ${communes}`;
}
