import { HttpErrorResponse, HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';

import { Connectivity, isUnreachable } from './connectivity';

/** Every API exchange tells whether the phone reaches Vigie (an error answer is still an answer). */
export const connectivityInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const connectivity = inject(Connectivity);
  return next(request).pipe(
    tap({
      next: (event) => {
        if (event instanceof HttpResponse) connectivity.reached();
      },
      error: (error: unknown) => {
        if (isUnreachable(error)) connectivity.unreachable();
        else if (error instanceof HttpErrorResponse) connectivity.reached();
      },
    }),
  );
};
