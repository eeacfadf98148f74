import { DomainException } from '../../common/errors/domain.exception';
import { assertAcceptablePassword, passwordProblem } from './password-policy';

const chief = { login: 'm.dupont', displayName: 'Martine Dupont' };

describe('new password policy', () => {
  it.each(['motdepasse123', 'azertyuiop', 'password123', '1234567890', 'marseille13', 'iloveyou12'])(
    'refuses « %s », from the lists of the most used passwords',
    (password) => {
      expect(passwordProblem(password, chief)).toMatch(/^trop courant : il figure dans les listes/);
    },
  );

  it('refuses what takes few guesses though no list has it, and says why', () => {
    expect(passwordProblem('abcdefghijklmnop', chief)).toMatch(/^trop (courant|facile à deviner)/);
    expect(passwordProblem('zzzzzzzzzzzzzz', chief)).toMatch(/^trop facile à deviner/);
  });

  it.each(['mdupont-2026!', 'M.Dupont*Lomme', 'tnopudm-secret-42', 'm.dup0nt-et-encore'])(
    'refuses « %s », which contains the login',
    (password) => {
      expect(passwordProblem(password, chief)).toBe('refusé : il contient l’identifiant du compte');
    },
  );

  it.each([
    'vigie-demo',
    'MaVigie!Lomme2026',
    'V1g1e-sept-chevaux',
    'eigiv-sept-chevaux',
    'Vigié police 59160',
  ])('refuses « %s », which contains the name of the application', (password) => {
    expect(passwordProblem(password, chief)).toMatch(/^refusé : il contient « vigie »/);
  });

  it.each(['Sept chevaux blancs', 'mot-de-passe-solide', 'nouveau-mot-de-passe-2026', 'Ab3$kq9!Zw7p'])(
    'accepts « %s »',
    (password) => {
      expect(passwordProblem(password, chief)).toBeNull();
    },
  );

  it('does not read a login of two letters into every password', () => {
    expect(passwordProblem('Sept chevaux rhénans', { login: 'rh' })).toBeNull();
  });

  it('answers a 400 naming the field, with a French detail', () => {
    let error: unknown;
    try {
      assertAcceptablePassword('newPassword', 'motdepasse123', chief);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).status).toBe(400);
    expect((error as DomainException).detail).toBe(
      'Mot de passe trop courant : il figure dans les listes de mots de passe les plus utilisés.',
    );
    expect((error as DomainException).options.errors).toEqual([
      {
        field: 'newPassword',
        message: 'trop courant : il figure dans les listes de mots de passe les plus utilisés',
      },
    ]);
  });
});
