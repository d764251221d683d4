import type { InputError } from './input-error';

/*
 * What a command answers. A command never throws for something the caller can fix:
 * bad input, a record that does not exist, a record the actor may not touch each come
 * back as a typed failure, so a caller (the gateway, a CLI, an importer) switches on
 * `kind` instead of matching error text. Thrown errors mean a bug or a lost database.
 */

/** The command ran and its transaction committed. */
export interface Succeeded<T> {
  readonly ok: true;
  readonly value: T;
}

/** The input was refused; every problem names its field. Nothing was written. */
export interface Invalid {
  readonly ok: false;
  readonly kind: 'invalid';
  /** At least one. */
  readonly errors: readonly InputError[];
}

/** The input names a record that does not exist. Nothing was written. */
export interface NotFound {
  readonly ok: false;
  readonly kind: 'not_found';
  /** Prisma model name of the missing record, e.g. `Programme`. */
  readonly entity: string;
  /** The input field that names it, e.g. `programmeId`. */
  readonly field: string;
  /** The id as the input gave it. */
  readonly id: string;
}

/**
 * Why an actor may not act on a record. Only for records whose existence is public
 * (centres) or for the actor's role: a hidden record (a person, their referrals) is NotFound.
 */
export type ForbiddenReason = 'centre_not_yours' | 'role';

/** The actor may not act on the record the input names. Nothing was written. */
export interface Forbidden {
  readonly ok: false;
  readonly kind: 'forbidden';
  /** The input field naming the record, e.g. `beneficiaryId`. */
  readonly field: string;
  readonly reason: ForbiddenReason;
  /** The record the actor may not act on, when naming it tells nothing new (a centre). */
  readonly id?: string;
}

/** The failures most commands can answer; a command adds its own (e.g. an illegal transition). */
export type CommonFailure = Invalid | NotFound | Forbidden;

/** A command's answer: its value, or one of its typed failures. */
export type CommandResult<T, F extends { readonly ok: false; readonly kind: string } = CommonFailure> =
  Succeeded<T> | F;

export function succeeded<T>(value: T): Succeeded<T> {
  return { ok: true, value };
}

export function invalid(errors: readonly InputError[]): Invalid {
  return { ok: false, kind: 'invalid', errors };
}

export function notFound(entity: string, field: string, id: string): NotFound {
  return { ok: false, kind: 'not_found', entity, field, id };
}

export function forbidden(field: string, reason: ForbiddenReason, id?: string): Forbidden {
  return { ok: false, kind: 'forbidden', field, reason, ...(id === undefined ? {} : { id }) };
}
