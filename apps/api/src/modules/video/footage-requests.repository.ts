import { EntityManager } from 'typeorm';

/**
 * The footage register's reads of the main courante: a request may name an entry. Read by its
 * table (the foreign key is the dependency), so that video does not import the incidents module,
 * which imports video for an entry's cameras and footage requests.
 */
export const FootageIncidents = {
  async exists(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM incident WHERE id = $1', [id]);
    return rows.length > 0;
  },

  /** Entry id → its number (MC-2026-000123). */
  async numbers(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ id: string; number: string }[]>(
      'SELECT id, number FROM incident WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.number]));
  },
};
