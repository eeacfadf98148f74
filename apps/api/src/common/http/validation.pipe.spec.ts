import { CreateIncidentDto, LoginDto, UpdateAgentDto, UpdateUserDto } from '@vigie/shared';
import { IsInt, IsString, MaxLength } from 'class-validator';

import { DomainException } from '../errors/domain.exception';
import { createValidationPipe } from './validation.pipe';

describe('validation pipe', () => {
  const pipe = createValidationPipe();
  const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: LoginDto });

  async function errorsOf(value: unknown): Promise<unknown> {
    try {
      await validate(value);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainException);
      return (error as DomainException).options.errors;
    }
    throw new Error('accepted');
  }

  it('accepts a valid body and returns the DTO instance', async () => {
    await expect(validate({ login: 'chef', password: 'x' })).resolves.toBeInstanceOf(LoginDto);
  });

  it('says "est obligatoire" once for a missing field', async () => {
    expect(await errorsOf({ login: 'chef' })).toEqual([{ field: 'password', message: 'est obligatoire' }]);
  });

  it('translates constraint messages to French with their numbers', async () => {
    expect(await errorsOf({ login: 'x'.repeat(65), password: 'x' })).toEqual([
      { field: 'login', message: 'doit contenir au plus 64 caractères' },
    ]);
  });

  it('rejects unknown fields and non-object bodies', async () => {
    expect(await errorsOf({ login: 'a', password: 'b', role: 'CHIEF' })).toEqual([
      { field: 'role', message: 'champ inconnu' },
    ]);
    expect(await errorsOf([])).toEqual([{ field: 'body', message: 'doit être un objet JSON' }]);
  });

  it('rejects NUL characters, naming the field', async () => {
    expect(await errorsOf({ login: 'ch\u0000ef', password: 'x' })).toEqual([
      { field: 'login', message: 'contient un caractère nul (\\u0000) interdit' },
    ]);
  });

  it('keeps inherited rules, and rules added after a first validation, despite its cached look-ups', async () => {
    class Base {
      @IsString()
      name!: string;
    }
    class Child extends Base {
      @IsInt()
      count!: number;
    }
    const child = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Child });
    await expect(child({ name: 'abcdef', count: 1 })).resolves.toBeInstanceOf(Child);
    await expect(child({ name: 1, count: 1 })).rejects.toBeInstanceOf(DomainException);
    MaxLength(3)(Child.prototype, 'name');
    await expect(child({ name: 'abc', count: 1 })).resolves.toBeInstanceOf(Child);
    await expect(child({ name: 'abcdef', count: 1 })).rejects.toMatchObject({
      options: { errors: [{ field: 'name', message: 'doit contenir au plus 3 caractères' }] },
    });
  });

  it('refuses null on an optional field (it may be omitted, not nulled), nested ones too', async () => {
    const update = (value: unknown) => pipe.transform(value, { type: 'body', metatype: UpdateUserDto });
    await expect(update({ version: 1, displayName: null })).rejects.toMatchObject({
      options: { errors: [{ field: 'displayName', message: 'ne peut pas être nul : omettez le champ' }] },
    });
    const incident = {
      occurredAt: '2026-06-15T09:00:00+02:00',
      category: 'PUBLIC_PEACE.NOISE',
      location: { address: '1 rue du Bourg', quartier: 'BOURG' },
      summary: 'Tapage',
      description: 'Musique',
      agentIds: ['0b0c1e8e-9d7c-4a1e-8a59-2d6f1c7e0a11'],
      actions: [{ kind: 'VERBAL_WARNING', note: null }],
    };
    await expect(
      pipe.transform(incident, { type: 'body', metatype: CreateIncidentDto }),
    ).rejects.toMatchObject({ options: { errors: [{ field: 'actions.0.note' }] } });
  });

  it('keeps null where a DTO allows clearing a field', async () => {
    const update = (value: unknown) => pipe.transform(value, { type: 'body', metatype: UpdateAgentDto });
    await expect(update({ version: 1, phone: null, departureDate: null })).resolves.toMatchObject({
      phone: null,
      departureDate: null,
    });
  });

  it('refuses a body nested deeper than 32 levels without overflowing the stack', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(await errorsOf({ login: deep, password: 'x' })).toEqual([
      { field: 'body', message: 'imbrication trop profonde (32 niveaux au plus)' },
    ]);
  });
});
