import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source';

/**
 * For the TypeORM CLI only (`npm run migration:generate`): reads DATABASE_URL.
 * The application builds its own DataSource from the validated configuration.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL est requis pour la CLI TypeORM');
export default new DataSource(dataSourceOptions(url));
