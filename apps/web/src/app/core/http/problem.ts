import { HttpErrorResponse } from '@angular/common/http';
import { ProblemDetails } from '@vigie/shared';

import { isUnreachable } from '../offline/connectivity';

/** The problem details of a failed API call, or a French message when there are none. */
export function problemOf(error: unknown): ProblemDetails {
  if (error instanceof HttpErrorResponse && isProblem(error.error)) return error.error;
  // No answer, or the service worker's 504 when the phone has no network.
  if (isUnreachable(error)) {
    return problem(0, $localize`Le serveur ne répond pas : vérifiez la connexion réseau.`);
  }
  return problem(500, $localize`Une erreur inattendue est survenue.`);
}

/** Field errors of a 400, by field name, to show next to each input. */
export function fieldErrors(problemDetails: ProblemDetails): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of problemDetails.errors ?? []) {
    byField[error.field] = byField[error.field]
      ? `${byField[error.field]} ; ${error.message}`
      : error.message;
  }
  return byField;
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && 'status' in value && 'detail' in value;
}

function problem(status: number, detail: string): ProblemDetails {
  return { type: 'about:blank', title: detail, status, detail };
}
