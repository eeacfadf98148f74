/** A list's page sizes, read by the query DTO (API) and the pages asking for a whole list (web). Pure. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
