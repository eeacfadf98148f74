/** A login: lower-case letters, digits, `.`, `_` or `-`; 2 to 40 characters. */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;
