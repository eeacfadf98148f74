import { QueryFailedError } from 'typeorm';

import { DomainException, ErrorCode } from '../errors/domain.exception';

/** A unique constraint the user can mend: the field it names and what to say. */
export interface UniqueField {
  /** The precise code (a DUPLICATE), e.g. `MATRICULE_TAKEN`. */
  code: ErrorCode;
  constraint: string;
  field: string;
  /** Next to the field: « déjà utilisé ». */
  message: string;
  /** The problem's detail, a sentence. */
  detail: string;
}

/** Runs a write; a breach of `unique.constraint` is a 409 (`unique.code`) naming the field. */
export async function saveUnique<T>(unique: UniqueField, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (
      error instanceof QueryFailedError &&
      (error.driverError as { constraint?: string }).constraint === unique.constraint
    ) {
      throw new DomainException(unique.code, unique.detail, {
        errors: [{ field: unique.field, message: unique.message }],
      });
    }
    throw error;
  }
}
