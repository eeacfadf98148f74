import { IsOptional } from 'class-validator';

import { MAX_PAGE_SIZE } from './page.limits';
import { ToInteger } from './transforms';
import { IsIntWithin, IsText } from './validators';

/** The class of a query DTO (TypeScript's mixins take constructors of `any[]`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type QueryClass = new (...args: any[]) => object;

/** `?limit=&cursor=` added to a query DTO: the list of what `Base`'s fields filter. */
export function Paged<TBase extends QueryClass>(Base: TBase) {
  class PagedQueryDto extends Base {
    /** Page size, 1 to 200 (default 50). */
    @IsOptional()
    @ToInteger()
    @IsIntWithin({ min: 1, max: MAX_PAGE_SIZE })
    limit?: number;

    /** Opaque cursor from the previous page's `nextCursor`. */
    @IsOptional()
    @IsText({ max: 512 })
    cursor?: string;
  }
  return PagedQueryDto;
}

/** `?limit=&cursor=` of every list. */
export class PageQueryDto extends Paged(class {}) {}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
