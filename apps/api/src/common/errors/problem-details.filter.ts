import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';
import { FastifyReply, FastifyRequest } from 'fastify';

import { toProblem } from './problem-details';

/** The one place where errors become HTTP: `application/problem+json` (RFC 9457). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Erreur');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    sendProblem(reply, request, exception, this.logger);
  }
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  exception: unknown,
  logger: Pick<Logger, 'error' | 'warn'>,
): void {
  const { body, headers, unexpected } = toProblem(exception);
  if (unexpected) {
    logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  } else if (body.code === 'DATABASE_UNAVAILABLE') {
    logger.warn(
      `Base de données indisponible : ${exception instanceof Error ? exception.message : String(exception)}`,
    );
  }
  if (reply.sent) return;
  body.instance = request.url.split('?')[0];
  void reply.status(body.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(body);
}
