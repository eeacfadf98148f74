import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

import { DomainException } from './domain.exception';
import { toProblem } from './problem-details';

function pgError(code: string, constraint?: string): QueryFailedError {
  return new QueryFailedError(
    'SELECT secret FROM app_user',
    [],
    Object.assign(new Error('boom'), { code, constraint }),
  );
}

describe('problem details', () => {
  it.each([
    ['23505', 409],
    ['23P01', 409],
    ['23514', 422],
    ['23503', 422],
    ['22P02', 400],
    ['22021', 400],
    ['40001', 409],
    ['57P01', 503],
    ['08006', 503],
  ])('maps PostgreSQL %s to %i without leaking SQL', (code, status) => {
    const { body } = toProblem(pgError(code, 'uq_thing'));
    expect(body.status).toBe(status);
    expect(JSON.stringify(body)).not.toContain('SELECT');
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('says what to do when a shift of the same type already starts at that time', () => {
    const { body } = toProblem(pgError('23505', 'uq_shift_type_start'));
    expect(body.status).toBe(409);
    expect(body.detail).toMatch(/^Un créneau de ce type commence déjà à cette heure : donnez un libellé/);
  });

  it('answers a lost connection with 503 and Retry-After', () => {
    const problem = toProblem(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    );
    expect(problem.body.status).toBe(503);
    expect(problem.headers['Retry-After']).toBeDefined();
  });

  it('answers a transaction whose connection died with 503, not 500', () => {
    const released = Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), {
      name: 'QueryRunnerAlreadyReleasedError',
    });
    expect(toProblem(released)).toMatchObject({ body: { status: 503 }, unexpected: false });
    const provider = Object.assign(
      new Error('Database connection provided by a query runner was already released'),
      {
        name: 'QueryRunnerProviderAlreadyReleasedError',
      },
    );
    expect(toProblem(provider)).toMatchObject({ body: { status: 503 }, unexpected: false });
  });

  it('keeps the field errors and violations of a domain exception', () => {
    const { body } = toProblem(DomainException.invalid([{ field: 'login', message: 'est obligatoire' }]));
    expect(body).toMatchObject({
      status: 400,
      code: 'VALIDATION',
      errors: [{ field: 'login', message: 'est obligatoire' }],
    });
    const rule = toProblem(
      DomainException.rule('Repos insuffisant', [{ rule: 'DAILY_REST', message: 'Repos de 9 h' }]),
    );
    expect(rule.body).toMatchObject({ status: 422, violations: [{ rule: 'DAILY_REST' }] });
  });

  it('answers a precise code with its category as type and code, and the precise code as reason', () => {
    const overlap = toProblem(new DomainException('ASSIGNMENT_OVERLAP', 'Déjà affecté.', { violations: [] }));
    expect(overlap.body).toEqual({
      type: 'urn:vigie:problem:conflict',
      title: 'Conflit',
      status: 409,
      detail: 'Déjà affecté.',
      code: 'CONFLICT',
      reason: 'ASSIGNMENT_OVERLAP',
      violations: [],
    });
    const rest = toProblem(DomainException.rule('Repos insuffisant', [], 'REST_TOO_SHORT'));
    expect(rest.body).toMatchObject({ status: 422, code: 'RULE_VIOLATION', reason: 'REST_TOO_SHORT' });
  });

  it('adds no reason to a bare category: a denial says nothing more than its status', () => {
    expect(toProblem(DomainException.notFound('Agent')).body).not.toHaveProperty('reason');
    expect(toProblem(DomainException.versionConflict()).body).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(toProblem(DomainException.versionConflict()).body).not.toHaveProperty('reason');
  });

  it('gives HTTP exceptions a French title and detail', () => {
    expect(toProblem(new NotFoundException()).body).toMatchObject({ status: 404, title: 'Introuvable' });
    expect(toProblem(new BadRequestException()).body.title).toBe('Requête invalide');
  });

  it('answers anything unexpected with a 500 that says nothing of the error, and flags it for the log', () => {
    const problem = toProblem(new TypeError('Cannot read properties of undefined (reading "id")'));
    expect(problem.unexpected).toBe(true);
    expect(problem.body).toMatchObject({ status: 500 });
    expect(JSON.stringify(problem.body)).not.toContain('Cannot read');
  });
});
