export class AuditEventResponse {
  id!: string;
  at!: string;
  actorId!: string | null;
  actorLogin!: string | null;
  action!: string;
  entity!: string;
  entityId!: string | null;
  details!: Record<string, unknown> | null;
}

export class AuditPageResponse {
  items!: AuditEventResponse[];
  nextCursor!: string | null;
}
