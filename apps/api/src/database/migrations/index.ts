import { Foundation1795628399553 } from './1795628399553-Foundation';

/** Every migration, in order. A committed migration is never edited: add a new one. */
export const MIGRATIONS = [Foundation1795628399553];
