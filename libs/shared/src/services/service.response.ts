/** A commune's police municipale, or one pooled by several communes under a convention (CSI L512-1). */
export enum ServiceKind {
  COMMUNE = 'COMMUNE',
  POOLED = 'POOLED',
}

export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  [ServiceKind.COMMUNE]: 'Police municipale',
  [ServiceKind.POOLED]: 'Police pluricommunale',
};

/** A commune of the official list (INSEE code), as the platform's form proposes it. */
export class CommuneResponse {
  /** INSEE code, e.g. `59355` (Lomme). */
  code!: string;
  name!: string;
  /** Département code, e.g. `59`. */
  departement!: string;
  /** For an associated or delegated commune (Lomme), the commune it belongs to (Lille, `59350`). */
  parentCode!: string | null;
  /** That commune's name (Lille). */
  parentName!: string | null;
}

/** A service as a signed-in user sees the ones he belongs to. */
export class ServiceSummary {
  id!: string;
  name!: string;
  kind!: ServiceKind;
  /** The communes it serves (one for a commune's service, several for a pooled one). */
  communes!: CommuneResponse[];
}

/** A service as the platform sees it: what it is, never what it holds. */
export class ServiceResponse extends ServiceSummary {
  createdAt!: string;
}

/** A page of services, by name. */
export class ServiceListResponse {
  items!: ServiceResponse[];
  nextCursor!: string | null;
}

/** The communes matching a search (SERVICE_LIMITS.communeMatches at most: not paged). */
export class CommuneSearchResponse {
  items!: CommuneResponse[];
}
