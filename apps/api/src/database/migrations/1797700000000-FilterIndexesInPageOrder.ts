import { MigrationInterface, QueryRunner } from 'typeorm';

/** The main courante's filter indexes, led by the service, end with the page's whole order. */
const INDEXES: [string, string][] = [
  ['ix_incident_category', 'category'],
  ['ix_incident_quartier', 'quartier'],
  ['ix_incident_status', 'status'],
];

/**
 * A filtered page is read in `occurred_at DESC, id DESC` order: with `id` in the index, the
 * service's entries of a quartier (or category, or status) come in the page's order and the scan
 * stops at the page's last line, with no sort to plan around (a year of a quartier is 50 000
 * entries at a million).
 */
export class FilterIndexesInPageOrder1797700000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    for (const [name, column] of INDEXES)
      await this.replace(q, name, `service_id, ${column}, occurred_at, id`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [name, column] of INDEXES) await this.replace(q, name, `service_id, ${column}, occurred_at`);
  }

  private async replace(q: QueryRunner, name: string, columns: string): Promise<void> {
    await q.query(`DROP INDEX "${name}"`);
    await q.query(`CREATE INDEX "${name}" ON "incident" (${columns})`);
  }
}
