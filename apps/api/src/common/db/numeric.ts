import type { ValueTransformer } from 'typeorm';

/**
 * A `numeric` column read as a JS number: the driver hands numerics over as strings (to keep their
 * precision), while these columns hold small decimals (hours, days, a ratio) a number carries exactly.
 */
export const NUMERIC_AS_NUMBER: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
