import type * as Intake from '@crc/intake';
import type { DuplicateFinding } from '@crc/intake';
import type { DuplicateMatchReason } from '@crc/domain';
import { builder } from '../../builder';
import { commandActor } from '../../auth/viewer';
import { ForbiddenError } from '../../errors/forbidden-error';
import { COMMON_MUTATION_ERRORS } from '../common/errors';
import '../common/forbidden-error-type';
import { idFromInput } from '../common/ids';
import { IMPORT_LIMITS } from '../input-limits';
import { DuplicateMatchReasonEnum } from './duplicate-pair';
import {
  importFailure,
  importOptions,
  importSource,
  importSourceField,
  importSummary,
  type ChangeView,
  type ImportSummary,
  type RejectView,
} from './import-registrations-mapping';

/**
 * @crc/intake is loaded by the first import, not with the schema: it brings the
 * spreadsheet readers (exceljs), whose heap every other request would carry (and pay for
 * in garbage-collection pauses of the event loop).
 */
let intake: Promise<typeof Intake> | undefined;
const loadIntake = () => (intake ??= import('@crc/intake'));

/** The most rejects and duplicates a summary lists (all are counted). */
const LISTED = 1_000;

const RegistrationRejectRef = builder.objectRef<RejectView>('RegistrationReject').implement({
  description:
    'A household the import refused, and why: the row (or Kobo submission), the field as the source names it and the reason. Quotes a value only when it is not personal data.',
  fields: (t) => ({
    household: t.string({
      description: 'The household’s rows (`row 12`, `rows 12-14`) or submission (`submission 300004`).',
      resolve: (reject) => reject.household,
    }),
    row: t.int({
      nullable: true,
      description: 'The spreadsheet row (header = row 1) the problem is on, when it is one person’s.',
      resolve: (reject) => reject.position ?? null,
    }),
    field: t.exposeString('field', { description: 'The column as the file names it (or the command’s field).' }),
    value: t.string({
      nullable: true,
      description:
        'The cell’s value, only for fields that are not personal data (a code, a p-code, a date of registration).',
      resolve: (reject) => reject.value ?? null,
    }),
    reason: t.exposeString('reason', { description: 'Why, as the importer words it (English).' }),
  }),
});

const DuplicateOtherKindEnum = builder.enumType('ImportDuplicateOtherKind', {
  description: 'Where the other record of a probable duplicate is.',
  values: {
    FILE: { value: 'file', description: 'Another person of the same file.' },
    REGISTERED: { value: 'existing', description: 'A person registered before, whom the caller may see.' },
  } as const,
});

const ImportDuplicateRef = builder.objectRef<DuplicateFinding>('ImportDuplicate').implement({
  description:
    'A person of the file who is probably someone else of the file or already registered: rows, ids, score and reasons, never names.',
  fields: (t) => ({
    person: t.exposeString('person', { description: 'The file’s person: `row 12` or `submission 300004, member 2`.' }),
    other: t.exposeString('other', { description: '`row 5` (the file) or `registered person <id>`.' }),
    otherKind: t.field({
      type: DuplicateOtherKindEnum,
      resolve: (found) => found.otherKind,
      description: 'Where the other record is.',
    }),
    registeredPersonId: t.string({
      nullable: true,
      description: 'REGISTERED: the UUID of the registered person.',
      resolve: (found) => found.otherId ?? null,
    }),
    score: t.exposeFloat('score', {
      description: 'How alike the names are, 0 to 1 (at least the platform’s threshold, 0.85).',
    }),
    reasons: t.field({
      type: [DuplicateMatchReasonEnum],
      description: 'Why they look alike.',
      resolve: (found) => found.reasons as DuplicateMatchReason[],
    }),
  }),
});

const RegistrationChangeRef = builder.objectRef<ChangeView>('RegistrationChange').implement({
  description:
    'A household imported before that its rows now change: the household’s rows and the fields that change, by name (`members.1.phone`, `size`), never their values.',
  fields: (t) => ({
    household: t.string({
      description: 'The household’s rows (`rows 12-14`) or submission (`submission 300004`).',
      resolve: (change) => change.household,
    }),
    fields: t.stringList({
      description:
        'The fields that change: `size`, `areaOfResidencePcode`, `members.<n>.<field>` (the head is member 0).',
      resolve: (change) => [...change.fields],
    }),
  }),
});

const RegistrationImportSummaryRef = builder.objectRef<ImportSummary>('RegistrationImportSummary').implement({
  description:
    'What an import did or, for a dry run, would do. Re-importing a household (same household key or Kobo _uuid at the centre) leaves it unchanged, or updates the fields its rows changed since (`householdsUpdated`, `changes`).',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True: nothing was written.' }),
    importId: t.string({
      nullable: true,
      description: 'UUID of the audited import run (null for a dry run).',
      resolve: (report) => report.importId ?? null,
    }),
    centreCode: t.string({
      description: 'The centre the people are registered at.',
      resolve: (report) => report.centre.code,
    }),
    sourceName: t.string({ description: 'The file’s name.', resolve: (report) => report.source.name }),
    layout: t.string({
      nullable: true,
      description: '`person-rows` (one row per person, a household key) or `household-rows` (member columns).',
      resolve: (report) => report.source.layout ?? null,
    }),
    ignoredColumns: t.stringList({
      description: 'Headers that name no registration field (ignored).',
      resolve: (report) => [...report.source.ignored],
    }),
    rowsRead: t.int({ description: 'Data rows read.', resolve: (report) => report.counts.read }),
    householdsTotal: t.int({
      description: 'Households in the file.',
      resolve: (report) => report.counts.households.total,
    }),
    householdsCreated: t.int({
      description: 'Households created (would be, in a dry run).',
      resolve: (report) => report.counts.households.created,
    }),
    householdsUpdated: t.int({
      description:
        'Households imported before (same household key or Kobo _uuid) whose rows changed since: brought up to date (would be, in a dry run); see `changes`.',
      resolve: (report) => report.counts.households.updated,
    }),
    householdsUnchanged: t.int({
      description: 'Households imported before and the same in the source: left as they are.',
      resolve: (report) => report.counts.households.unchanged,
    }),
    householdsRejected: t.int({
      description: 'Households refused (see `rejects`): none of their people was written.',
      resolve: (report) => report.counts.households.rejected,
    }),
    peopleCreated: t.int({ description: 'People registered.', resolve: (report) => report.counts.people.created }),
    peopleUpdated: t.int({
      description: 'People of updated households whose record changes.',
      resolve: (report) => report.counts.people.updated,
    }),
    peopleUnchanged: t.int({
      description: 'People of the unchanged households, and of the updated ones whose record stays as it is.',
      resolve: (report) => report.counts.people.unchanged,
    }),
    changes: t.field({
      type: [RegistrationChangeRef],
      description: `The households updated (would be, in a dry run) and the fields that change, by name (the first ${LISTED.toLocaleString('en-US')}).`,
      resolve: (report) => report.changes.slice(0, LISTED),
    }),
    deliveriesCreated: t.int({
      description: 'Service deliveries of the registration day recorded.',
      resolve: (report) => report.counts.deliveries.created,
    }),
    duplicatesWithinFile: t.int({
      description: 'Probable duplicate pairs within the file.',
      resolve: (report) => report.counts.duplicates.withinFile,
    }),
    duplicatesOfRegistered: t.int({
      description: 'Probable duplicates of people registered before.',
      resolve: (report) => report.counts.duplicates.againstExisting,
    }),
    duplicatesQueued: t.int({
      description: 'Pairs put in the duplicate review queue (`duplicatePairs`).',
      resolve: (report) => report.counts.duplicates.queued,
    }),
    duplicatesAlreadyQueued: t.int({
      description: 'Pairs that were in the queue already.',
      resolve: (report) => report.counts.duplicates.alreadyQueued,
    }),
    rejectsTotal: t.int({
      description: 'Problems found (a household can have several).',
      resolve: (report) => report.rejections.length,
    }),
    rejects: t.field({
      type: [RegistrationRejectRef],
      description: `The problems, by row and field (the first ${LISTED.toLocaleString('en-US')}).`,
      resolve: (report) => report.rejections.slice(0, LISTED),
    }),
    duplicates: t.field({
      type: [ImportDuplicateRef],
      description: `The probable duplicates (the first ${LISTED.toLocaleString('en-US')}).`,
      resolve: (report) => report.duplicates.slice(0, LISTED),
    }),
  }),
});

const RegistrationRowInput = builder.inputType('RegistrationRowInput', {
  description: 'One row of a registration table, as a spreadsheet holds it: its cells as text.',
  fields: (t) => ({
    cells: t.stringList({ required: true, description: 'The cells, left to right (empty string for an empty cell).' }),
  }),
});

builder.mutationField('importRegistrations', (t) =>
  t.field({
    type: RegistrationImportSummaryRef,
    description: `Imports household registrations into one centre from an uploaded CSV or XLSX file (a GraphQL multipart request; the header row first, the layouts and columns of \`crc-import registrations\`) or from \`rows\`, through the same code as crc-import: each household with its people, Washington Group answers and services of the day, its probable duplicates into the review queue, in one transaction (all or nothing); bad households are rejected with row, field and reason. \`dryRun\` writes nothing and answers what would happen. CENTRE_STAFF for the centres their key is bound to (people are written only there, and duplicates are searched only among the people the key may see), ADMIN for any. Budget: a file of at most ${IMPORT_LIMITS.fileBytes.toLocaleString('en-US')} bytes, at most ${IMPORT_LIMITS.rows.toLocaleString('en-US')} data rows; the import's own database time (the gateway's IMPORT_DATABASE_BUDGET_MS, default 10 minutes, and IMPORT_STATEMENT_TIMEOUT_MS, default 2 minutes, in place of the request budgets of every other field): out of it, QUERY_TIMEOUT and nothing written.`,
    authScopes: { centreStaff: true },
    errors: {
      types: [...COMMON_MUTATION_ERRORS, ForbiddenError],
      union: {
        name: 'ImportRegistrationsResult',
        description: 'The import’s summary, or why nothing was read or written.',
      },
      result: { name: 'ImportRegistrationsSuccess', description: 'The import ran (or, dry run, was checked).' },
      dataField: { name: 'summary', description: 'What was (or would be) created, left unchanged and rejected.' },
    },
    args: {
      centreId: t.arg.id({ required: true, description: 'The centre registering the people (global id or UUID).' }),
      file: t.arg({
        type: 'File',
        required: false,
        description: `A .csv or .xlsx file (multipart upload), at most ${IMPORT_LIMITS.fileBytes.toLocaleString('en-US')} bytes. Give \`file\` or \`rows\`, not both.`,
      }),
      rows: t.arg({
        type: [RegistrationRowInput],
        required: false,
        description: 'The table as rows of text, the header row first. Give `file` or `rows`, not both.',
      }),
      dryRun: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'Check and report only; write nothing.',
      }),
    },
    resolve: async (_root, args, context) => {
      const field = importSourceField(args, context);
      const intake = await loadIntake();
      const source = await importSource(intake, args, field);
      const centreId = idFromInput(args.centreId, 'Centre');
      // The import's own database budget (IMPORT_DATABASE_BUDGET_MS), not the request's.
      const db = { prisma: context.importPrisma() };
      const options = importOptions(centreId, args.dryRun, context);
      try {
        const report = await intake.importRegistrations(db, commandActor(context.viewer), source, options);
        return importSummary(intake, report);
      } catch (error) {
        throw importFailure(intake, error, { field, centreId }, context);
      }
    },
  }),
);
