import { readFileSync } from 'node:fs';

import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT = '(SELECT vigie_current_service())';

/** Lomme's six quartiers (code, label, outline) and its box, as the single-service Vigie knew them. */
const LOMME: [string, string, [number, number][]][] = [
  [
    'BOURG',
    'Bourg',
    [
      [50.652, 2.97],
      [50.652, 2.986],
      [50.65, 3.004],
      [50.645, 3.01],
      [50.64, 3.012],
      [50.639, 2.998],
      [50.64, 2.984],
      [50.641, 2.97],
    ],
  ],
  [
    'MITTERIE',
    'Mitterie',
    [
      [50.65, 2.959],
      [50.652, 2.97],
      [50.641, 2.97],
      [50.64, 2.984],
      [50.627, 2.986],
      [50.629, 2.962],
      [50.64, 2.958],
    ],
  ],
  [
    'DELIVRANCE',
    'Délivrance',
    [
      [50.665, 3.006],
      [50.661, 3.028],
      [50.646, 3.034],
      [50.644, 3.02],
      [50.645, 3.01],
      [50.65, 3.004],
    ],
  ],
  [
    'MONT_A_CAMP',
    'Mont-à-Camp',
    [
      [50.668, 2.962],
      [50.667, 2.985],
      [50.665, 3.006],
      [50.65, 3.004],
      [50.652, 2.986],
      [50.652, 2.97],
      [50.65, 2.959],
    ],
  ],
  [
    'MARAIS',
    'Marais',
    [
      [50.64, 2.984],
      [50.639, 2.998],
      [50.64, 3.012],
      [50.628, 3.012],
      [50.627, 2.986],
    ],
  ],
  [
    'CANTELEU',
    'Canteleu',
    [
      [50.645, 3.01],
      [50.644, 3.02],
      [50.646, 3.034],
      [50.633, 3.032],
      [50.628, 3.012],
      [50.64, 3.012],
    ],
  ],
];
const LOMME_AREA = { south: 50.625, north: 50.672, west: 2.955, east: 3.035 };

/** « Prémesques » → `PREMESQUES` (the rule of `quartierCode`, written here as it stood). */
const codeOf = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 37) || 'Q';

/**
 * Issue 25: a service's own configuration — its quartiers and the box its positions fall in — in
 * place of Lomme's, checked by CHECK constraints on every service's rows. An entry's or camera's
 * quartier now refers to one of its service's quartiers (the key holds the service). Existing
 * services get theirs: a service of Lomme its six quartiers and box; any other one a quartier per
 * commune; and any quartier its rows already name, retired, so that nothing loses its place.
 */
export class ServiceTerritory1797000000000 implements MigrationInterface {
  name = 'ServiceTerritory1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "incident" DROP CONSTRAINT "ck_incident_quartier"`);
    await queryRunner.query(`ALTER TABLE "camera" DROP CONSTRAINT "ck_camera_position"`);
    await queryRunner.query(`ALTER TABLE "camera" DROP CONSTRAINT "ck_camera_quartier"`);
    await queryRunner.query(
      `CREATE TABLE "service_quartier" ("service_id" uuid NOT NULL DEFAULT vigie_current_service(), "code" text NOT NULL, "label" text NOT NULL, "position" integer NOT NULL, "outline" jsonb, "retired" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, CONSTRAINT "ck_service_quartier_outline" CHECK (outline IS NULL OR (jsonb_typeof(outline) = 'array' AND jsonb_array_length(outline) BETWEEN 3 AND 200)), CONSTRAINT "ck_service_quartier_label" CHECK (char_length(label) BETWEEN 2 AND 60), CONSTRAINT "ck_service_quartier_code" CHECK (code ~ '^[A-Z0-9_]{1,40}$'), CONSTRAINT "pk_service_quartier" PRIMARY KEY ("service_id", "code"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_service_quartier_position" ON "service_quartier"  ("service_id", "position") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_service_quartier_label" ON "service_quartier"  ("service_id", "label") `,
    );
    await queryRunner.query(`ALTER TABLE "service" ADD "area_south" double precision`);
    await queryRunner.query(`ALTER TABLE "service" ADD "area_north" double precision`);
    await queryRunner.query(`ALTER TABLE "service" ADD "area_west" double precision`);
    await queryRunner.query(`ALTER TABLE "service" ADD "area_east" double precision`);
    await queryRunner.query(
      `ALTER TABLE "service" ADD CONSTRAINT "ck_service_area" CHECK ((area_south IS NULL AND area_north IS NULL AND area_west IS NULL AND area_east IS NULL) OR (area_south BETWEEN -90 AND 90 AND area_north BETWEEN -90 AND 90 AND area_south < area_north AND area_west BETWEEN -180 AND 180 AND area_east BETWEEN -180 AND 180 AND area_west < area_east))`,
    );
    await queryRunner.query(
      `ALTER TABLE "camera" ADD CONSTRAINT "ck_camera_position_pair" CHECK ((lat IS NULL) = (lng IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_quartier" ADD CONSTRAINT "fk_service_quartier_service" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "service_quartier" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "p_service_quartier_service" ON "service_quartier" USING (service_id = ${CURRENT}) WITH CHECK (service_id = ${CURRENT})`,
    );
    const services = (await queryRunner.query(`SELECT id, insee_codes FROM service`)) as {
      id: string;
      insee_codes: string[];
    }[];
    const names = services.some((service) => !service.insee_codes.includes('59355')) ? communeNames() : null;
    for (const service of services) {
      const quartiers: [string, string, [number, number][] | null][] = service.insee_codes.includes('59355')
        ? LOMME
        : service.insee_codes.map((code) => [
            codeOf(names?.get(code) ?? code),
            names?.get(code) ?? code,
            null,
          ]);
      const seen = new Set<string>();
      let position = 0;
      for (const [code, label, outline] of quartiers) {
        if (seen.has(code)) continue;
        seen.add(code);
        await queryRunner.query(
          `INSERT INTO service_quartier (service_id, code, label, position, outline, version) VALUES ($1, $2, $3, $4, $5, 1)`,
          [service.id, code, label, ++position, outline === null ? null : JSON.stringify(outline)],
        );
      }
      if (service.insee_codes.includes('59355')) {
        await queryRunner.query(
          `UPDATE service SET area_south = $2, area_north = $3, area_west = $4, area_east = $5 WHERE id = $1`,
          [service.id, LOMME_AREA.south, LOMME_AREA.north, LOMME_AREA.west, LOMME_AREA.east],
        );
      }
    }
    await queryRunner.query(
      `INSERT INTO service_quartier (service_id, code, label, position, retired, version)
       SELECT used.service_id, used.quartier, used.quartier,
              (SELECT coalesce(max(position), 0) FROM service_quartier s WHERE s.service_id = used.service_id)
                + row_number() OVER (PARTITION BY used.service_id ORDER BY used.quartier), true, 1
         FROM (SELECT service_id, quartier FROM incident UNION SELECT service_id, quartier FROM camera) used
        WHERE NOT EXISTS (SELECT 1 FROM service_quartier s WHERE s.service_id = used.service_id AND s.code = used.quartier)`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident" ADD CONSTRAINT "fk_incident_quartier" FOREIGN KEY ("service_id", "quartier") REFERENCES "service_quartier"("service_id","code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "camera" ADD CONSTRAINT "fk_camera_quartier" FOREIGN KEY ("service_id", "quartier") REFERENCES "service_quartier"("service_id","code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "p_service_quartier_service" ON "service_quartier"`);
    await queryRunner.query(`ALTER TABLE "camera" DROP CONSTRAINT "fk_camera_quartier"`);
    await queryRunner.query(`ALTER TABLE "service_quartier" DROP CONSTRAINT "fk_service_quartier_service"`);
    await queryRunner.query(`ALTER TABLE "incident" DROP CONSTRAINT "fk_incident_quartier"`);
    await queryRunner.query(`ALTER TABLE "camera" DROP CONSTRAINT "ck_camera_position_pair"`);
    await queryRunner.query(`ALTER TABLE "service" DROP CONSTRAINT "ck_service_area"`);
    await queryRunner.query(`ALTER TABLE "service" DROP COLUMN "area_east"`);
    await queryRunner.query(`ALTER TABLE "service" DROP COLUMN "area_west"`);
    await queryRunner.query(`ALTER TABLE "service" DROP COLUMN "area_north"`);
    await queryRunner.query(`ALTER TABLE "service" DROP COLUMN "area_south"`);
    await queryRunner.query(`DROP INDEX "public"."uq_service_quartier_label"`);
    await queryRunner.query(`DROP INDEX "public"."uq_service_quartier_position"`);
    await queryRunner.query(`DROP TABLE "service_quartier"`);
    await queryRunner.query(
      `ALTER TABLE "camera" ADD CONSTRAINT "ck_camera_quartier" CHECK ((quartier = ANY (ARRAY['BOURG'::text, 'MITTERIE'::text, 'DELIVRANCE'::text, 'MONT_A_CAMP'::text, 'MARAIS'::text, 'CANTELEU'::text])))`,
    );
    await queryRunner.query(
      `ALTER TABLE "camera" ADD CONSTRAINT "ck_camera_position" CHECK ((((lat IS NULL) AND (lng IS NULL)) OR (((lat >= (50.625)::double precision) AND (lat <= (50.672)::double precision)) AND ((lng >= (2.955)::double precision) AND (lng <= (3.035)::double precision)))))`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident" ADD CONSTRAINT "ck_incident_quartier" CHECK ((quartier = ANY (ARRAY['BOURG'::text, 'MITTERIE'::text, 'DELIVRANCE'::text, 'MONT_A_CAMP'::text, 'MARAIS'::text, 'CANTELEU'::text])))`,
    );
  }
}

/** The communes' names by INSEE code (the dataset the platform's commune search reads). */
function communeNames(): Map<string, string> {
  const path = require.resolve('@etalab/decoupage-administratif/data/communes.json');
  const records = JSON.parse(readFileSync(path, 'utf8')) as { code: string; nom: string }[];
  return new Map(records.map((record) => [record.code, record.nom]));
}
