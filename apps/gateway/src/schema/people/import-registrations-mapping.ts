import { isStatementTimeout } from '@crc/db';
import type * as Intake from '@crc/intake';
import type { HouseholdChange, ImportReport, Rejection, RegistrationSource } from '@crc/intake';
import type { MessageKey } from '@crc/i18n';
import type { GatewayContext } from '../../context';
import { ForbiddenError } from '../../errors/forbidden-error';
import { InputValidationError } from '../../errors/input-validation-error';
import { DatabaseBudgetError } from '../../server/database-budget';
import { recordNotFound } from '../common/record-not-found';
import { IMPORT_LIMITS } from '../input-limits';

/** A reject as the summary shows it: with its household named (`rows 12-14`). */
export type RejectView = Rejection & { readonly household: string };
/** A household the import updates, with its rows named. */
export type ChangeView = HouseholdChange & { readonly household: string };
export type ImportSummary = Omit<ImportReport, 'rejections' | 'changes'> & {
  readonly rejections: readonly RejectView[];
  readonly changes: readonly ChangeView[];
};

/** The argument that carried the table: problems with the table are named after it. */
export type SourceField = 'file' | 'rows';

/** importRegistrations' arguments that name the table. */
export interface ImportSourceArguments {
  readonly file?: File | null | undefined;
  readonly rows?: readonly { readonly cells: readonly string[] }[] | null | undefined;
}

function badSource(
  context: GatewayContext,
  field: SourceField,
  key: MessageKey,
  values: Record<string, string | number>,
  code: string,
): InputValidationError {
  const message = context.i18n.t(key, values);
  return new InputValidationError(context.i18n.t('gateway.invalidInput', { count: 1 }), [
    { field, label: context.i18n.t(`field.${field}` as MessageKey), message, code, sourceMessage: message },
  ]);
}

/**
 * Which argument holds the table: exactly one of `file` and `rows`, a file within the
 * byte budget. Checked before @crc/intake is loaded, so a bad request costs nothing.
 */
export function importSourceField(args: ImportSourceArguments, context: GatewayContext): SourceField {
  const field: SourceField = args.file == null ? 'rows' : 'file';
  if ((args.file == null) === (args.rows == null))
    throw badSource(context, args.file == null ? 'file' : 'rows', 'gateway.importOneSource', {}, 'one_source');
  if (args.file != null && args.file.size > IMPORT_LIMITS.fileBytes)
    throw badSource(context, 'file', 'gateway.importFileTooLarge', { limit: IMPORT_LIMITS.fileBytes }, 'too_big');
  return field;
}

/** The import's options: the row budget, and its own statement timeout (IMPORT_STATEMENT_TIMEOUT_MS), not the request's. */
export function importOptions(
  centreId: string,
  dryRun: boolean | null | undefined,
  context: GatewayContext,
): Intake.ImportOptions {
  return {
    centreId,
    dryRun: dryRun ?? false,
    maxRows: IMPORT_LIMITS.rows,
    statementTimeoutMs: context.config.IMPORT_STATEMENT_TIMEOUT_MS,
  };
}

/** The @crc/intake source of the argument `importSourceField` chose. */
export async function importSource(
  intake: typeof Intake,
  args: ImportSourceArguments,
  field: SourceField,
): Promise<RegistrationSource> {
  return field === 'file' && args.file != null
    ? intake.uploadedFileSource(args.file.name, new Uint8Array(await args.file.arrayBuffer()))
    : intake.rowsSource(
        'rows',
        (args.rows ?? []).map((row) => row.cells),
      );
}

/** The report as the summary type reads it: each reject with its household named. */
export function importSummary(intake: typeof Intake, report: ImportReport): ImportSummary {
  return {
    ...report,
    rejections: report.rejections.map((reject) => ({ ...reject, household: intake.describeRef(reject.ref) })),
    changes: report.changes.map((change) => ({ ...change, household: intake.describeRef(change.ref) })),
  };
}

/** An import's refusal as the mutation's typed errors; anything else is not an input problem and stays as it is. */
export function importFailure(
  intake: typeof Intake,
  error: unknown,
  at: { readonly field: SourceField; readonly centreId: string },
  context: GatewayContext,
): unknown {
  if (error instanceof intake.ImportRefusedError)
    return error.reason === 'unknown_centre'
      ? recordNotFound(context, 'Centre', 'centreId', at.centreId)
      : new ForbiddenError(context.i18n.t('gateway.centreNotYours', { centreId: at.centreId }), 'centreId');
  if (error instanceof intake.ImportTooLargeError)
    return badSource(context, at.field, 'gateway.importTooManyRows', { limit: IMPORT_LIMITS.rows }, 'too_big');
  if (error instanceof intake.SourceFormatError)
    return badSource(context, at.field, 'gateway.importUnreadable', { reason: error.message }, 'unreadable');
  // Cancelled at the import's own statement_timeout, not the request's: name the setting that applies.
  if (isStatementTimeout(error))
    return new DatabaseBudgetError(
      'statement',
      context.config.IMPORT_STATEMENT_TIMEOUT_MS,
      'IMPORT_STATEMENT_TIMEOUT_MS',
    );
  return error;
}
