/** A matricule: upper-case letters, digits and dashes, 2 to 20 characters. */
export const MATRICULE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

/** A French phone number as people write it: digits, spaces, dots or dashes. */
export const PHONE_PATTERN = /^\+?[0-9 .-]{6,20}$/;
