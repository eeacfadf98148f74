import { type ErrorCode, isProblemCategory, type ProblemDetails, problemOf } from '@vigie/shared';

const STATUS_TEXTS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
};

/**
 * The API's refusal with `code`, as a fake backend answers it: status, title and type of its
 * category, as the API builds them, and a domain's code as `reason`. Spread it into `flush`:
 * `request.flush(...refusal('SECONDMENT_OVERLAP', 'Déjà mise à disposition…'))`.
 */
export function refusal(
  code: ErrorCode,
  detail: string,
  more: Partial<ProblemDetails> = {},
): [ProblemDetails, { status: number; statusText: string }] {
  const { category, status, title, type } = problemOf(code);
  const reason = isProblemCategory(code) ? {} : { reason: code };
  return [
    { type, title, status, code: category, ...reason, detail, ...more },
    { status, statusText: STATUS_TEXTS[status] },
  ];
}
