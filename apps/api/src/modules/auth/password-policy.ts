import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

import { DomainException } from '../../common/errors/domain.exception';

/** The application's own name: among an attacker's first guesses. */
const APP_WORD = 'vigie';

/** zxcvbn's score 3: at least 10⁸ guesses, its "safely unguessable" for an online attacker. */
const MIN_SCORE = 3;

/** The account a new password is for: its words are an attacker's first guesses. */
export interface PasswordOwner {
  login: string;
  displayName?: string;
}

/**
 * Why a new password is refused (a French phrase that follows « Mot de passe »), or null.
 * Checked against the common-password lists zxcvbn-ts ships (and its estimate of how many
 * guesses the password takes: keyboard walks, repeats, dates…), the account's login and the
 * word « vigie ». The length is the DTO's to check.
 */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  const folded = variants(password);
  const login = fold(owner.login);
  if (login.length >= 3 && folded.some((variant) => variant.includes(login))) {
    return 'refusé : il contient l’identifiant du compte';
  }
  if (folded.some((variant) => variant.includes(APP_WORD))) {
    return `refusé : il contient « ${APP_WORD} », le nom de l’application`;
  }
  const userInputs = [owner.login, APP_WORD, ...(owner.displayName?.split(/\s+/) ?? [])].filter(Boolean);
  const result = estimator().check(password, userInputs);
  if (result.score >= MIN_SCORE) return null;
  // A listed password may be scored as the keyboard walk it also is (« azertyuiop »).
  const common =
    commonPasswords().has(password.toLowerCase()) ||
    result.sequence.some(
      (match) => match.pattern === 'dictionary' && String(match.dictionaryName).startsWith('passwords'),
    );
  return common
    ? 'trop courant : il figure dans les listes de mots de passe les plus utilisés'
    : 'trop facile à deviner (suite de touches, répétition, date…) : allongez-le, par exemple de plusieurs mots sans rapport entre eux';
}

/** Throws a 400 naming `field` when the new password is refused. */
export function assertAcceptablePassword(field: string, password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner);
  if (problem) {
    throw new DomainException('PASSWORD_TOO_WEAK', `Mot de passe ${problem}.`, {
      errors: [{ field, message: problem }],
    });
  }
}

/** Built at the first check, not at start-up: loading the dictionaries is slow (bench/NOTES.md). */
let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory;
}

let listed: Set<string> | undefined;
function commonPasswords(): Set<string> {
  listed ??= new Set(dictionary['passwords-common']);
  return listed;
}

/** Lower case, no accents, only letters and digits: « V.i.g-I-é » → « vigie ». */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const LEET: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** The password folded as written, with its look-alike digits read as letters, and reversed. */
function variants(password: string): string[] {
  const lower = password.toLowerCase();
  const forms = [
    lower,
    ...['i', 'l'].map((one) => lower.replace(/[0-9@$!]/g, (c) => LEET[c] ?? (c === '1' ? one : c))),
  ];
  const folded = forms.map(fold);
  return [...folded, ...folded.map((form) => [...form].reverse().join(''))];
}
