import { MigrationInterface, QueryRunner } from 'typeorm';

/** The main courante's orderings and filters, each now led by the service (the row security's own condition). */
const INDEXES: [string, string, string][] = [
  ['ix_incident_occurred', 'occurred_at, id', 'service_id, occurred_at, id'],
  ['ix_incident_category', 'category, occurred_at', 'service_id, category, occurred_at'],
  ['ix_incident_quartier', 'quartier, occurred_at', 'service_id, quartier, occurred_at'],
  ['ix_incident_status', 'status, occurred_at', 'service_id, status, occurred_at'],
];

/**
 * With many services on one database, a service's newest entries were found by walking every
 * service's in date order, or by reading all of the service's and sorting them. Led by
 * `service_id`, which row security always compares, each index walks one service's entries alone.
 */
export class ServiceLeadingIndexes1797400000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    for (const [name, , columns] of INDEXES) await this.replace(q, name, columns);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [name, columns] of INDEXES) await this.replace(q, name, columns);
  }

  private async replace(q: QueryRunner, name: string, columns: string): Promise<void> {
    await q.query(`DROP INDEX "${name}"`);
    await q.query(`CREATE INDEX "${name}" ON "incident" (${columns})`);
  }
}
