import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT = '(SELECT vigie_current_service())';
/** The statistics' UTC hour of an instant, as `IncidentsRepository.countsByLocalTime` bins entries. */
const HOUR_OF = (column: string): string =>
  `date_bin('1 hour', ${column}, timestamptz '2000-01-01 00:00:00+00')`;

/**
 * Statistics by time read hours, not entries: each service's entries counted per UTC hour, kept
 * by a trigger as entries are written. A year of statistics by week or hour of the week then puts
 * at most 8 784 counts in local time instead of every entry of the year (206 ms at a million
 * entries, bench/NOTES.md). An entry's date never changes (`vigie_incident_guard`), its erasure
 * keeps it counted (as the entries were), and a deleted one is counted down.
 *
 * The count row of an hour is taken by each entry of that hour until its transaction ends: entries
 * of one service are already written one at a time (the lock of its chain).
 */
export class HourlyEntryCounts1797800000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "incident_hour" (
        "service_id" uuid NOT NULL DEFAULT vigie_current_service(),
        "hour" TIMESTAMP WITH TIME ZONE NOT NULL,
        "entries" integer NOT NULL,
        CONSTRAINT "pk_incident_hour" PRIMARY KEY ("service_id", "hour"),
        CONSTRAINT "ck_incident_hour_entries" CHECK ("entries" >= 0),
        CONSTRAINT "fk_incident_hour_service" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT
      )`);
    await q.query(`ALTER TABLE "incident_hour" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "p_incident_hour_service" ON "incident_hour" USING (service_id = ${CURRENT}) WITH CHECK (service_id = ${CURRENT})`,
    );
    await q.query(`
      CREATE FUNCTION vigie_incident_hour() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO incident_hour (service_id, hour, entries) VALUES (NEW.service_id, ${HOUR_OF('NEW.occurred_at')}, 1)
            ON CONFLICT (service_id, hour) DO UPDATE SET entries = incident_hour.entries + 1;
          RETURN NEW;
        END IF;
        UPDATE incident_hour SET entries = entries - 1
         WHERE service_id = OLD.service_id AND hour = ${HOUR_OF('OLD.occurred_at')};
        RETURN OLD;
      END $$`);
    await q.query(
      `CREATE TRIGGER trg_incident_hour AFTER INSERT OR DELETE ON "incident" FOR EACH ROW EXECUTE FUNCTION vigie_incident_hour()`,
    );
    await q.query(
      `INSERT INTO incident_hour (service_id, hour, entries)
         SELECT service_id, ${HOUR_OF('occurred_at')}, count(*) FROM incident GROUP BY 1, 2`,
    );
    await q.query(`ANALYZE "incident_hour"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER trg_incident_hour ON "incident"`);
    await q.query(`DROP FUNCTION vigie_incident_hour()`);
    await q.query(`DROP TABLE "incident_hour"`);
  }
}
