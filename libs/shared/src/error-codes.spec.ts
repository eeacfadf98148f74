import { PROBLEM_CATEGORIES } from './common/common.errors';
import { ERROR_DOMAINS, ErrorCode, problemOf } from './error-codes';
import { HARD_RULES, RosterRule } from './planning/planning.enum';
import { ROSTER_RULE_ERRORS, rosterRefusalCode } from './planning/planning.errors';

const declared = Object.entries(ERROR_DOMAINS).flatMap(([domain, codes]) =>
  Object.keys(codes).map((code) => ({ domain, code: code as ErrorCode })),
);

describe('error codes', () => {
  it.each(declared.map(({ domain, code }) => [code, domain]))(
    '%s (%s) maps to a client-error status and a French title',
    (code) => {
      const problem = problemOf(code);
      // 413 and 415: a photo too large, or not sent as bytes (issue 24).
      expect([400, 409, 413, 415, 422, 429]).toContain(problem.status);
      expect(problem.title).toMatch(/^[A-ZÀ-Ý][a-zà-ÿ’' -]+$/);
      expect(problem.type).toMatch(/^urn:vigie:problem:[a-z-]+$/);
    },
  );

  it('maps every category to its status and a French title', () => {
    for (const [category, status] of Object.entries(PROBLEM_CATEGORIES)) {
      expect(problemOf(category as ErrorCode)).toMatchObject({ category, status, title: expect.any(String) });
    }
    expect(problemOf('RULE_VIOLATION')).toEqual({
      category: 'RULE_VIOLATION',
      status: 422,
      title: 'Règle métier non respectée',
      type: 'urn:vigie:problem:rule-violation',
    });
  });

  it('declares each code in one domain only, and never as a category', () => {
    const codes = declared.map(({ code }) => code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
    expect(codes.filter((code) => code in PROBLEM_CATEGORIES)).toEqual([]);
  });

  it('gives a precise code to no denial: 401, 403 and 404 say nothing more than their status', () => {
    expect(declared.filter(({ code }) => [401, 403, 404].includes(problemOf(code).status))).toEqual([]);
  });

  it('answers precise codes with the category their clients already read', () => {
    expect(problemOf('ASSIGNMENT_OVERLAP')).toMatchObject({ category: 'CONFLICT', status: 409 });
    expect(problemOf('REST_TOO_SHORT')).toMatchObject({ category: 'RULE_VIOLATION', status: 422 });
    expect(problemOf('SHIFT_TYPE_CODE_TAKEN')).toMatchObject({ category: 'DUPLICATE', status: 409 });
    expect(problemOf('PERIOD_PUBLISHED')).toMatchObject({ category: 'CONFLICT', status: 409 });
  });
});

describe('the code of an assignment refused by the rules', () => {
  it('has a code for every hard rule, each a rule violation (422)', () => {
    for (const rule of HARD_RULES) {
      const code = ROSTER_RULE_ERRORS[rule];
      expect({ rule, code: code && problemOf(code).status }).toEqual({ rule, code: 422 });
    }
  });

  it('names the rule when one rule refuses, and says « several » otherwise', () => {
    expect(rosterRefusalCode([RosterRule.DAILY_REST])).toBe('REST_TOO_SHORT');
    expect(rosterRefusalCode([RosterRule.DAILY_REST, RosterRule.DAILY_REST])).toBe('REST_TOO_SHORT');
    expect(rosterRefusalCode([RosterRule.DAILY_REST, RosterRule.WEEKLY_HOURS])).toBe('ROSTER_RULES_VIOLATED');
    expect(rosterRefusalCode([RosterRule.UNDERSTAFFED])).toBe('ROSTER_RULES_VIOLATED');
    expect(rosterRefusalCode([])).toBe('ROSTER_RULES_VIOLATED');
  });
});
