import { getNamedType, isEnumType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { MAX_PAGE_SIZE } from './page-size';

/**
 * The budget of every argument and input field, checked before any resolver runs
 * (server/input-budget-plugin.ts) and printed in the schema's descriptions
 * (describe-input-limits.ts). Each is a ceiling: a field's own validation may be stricter.
 */
export const INPUT_LIMITS = {
  /** Global ids and UUIDs. */
  idLength: 100,
  /** Names, codes, p-codes, cursors and other short text. */
  textLength: 300,
  /** Searched text: every character costs work in the database. */
  searchLength: 100,
  /** Notes, descriptions and reasons. */
  freeTextLength: 2000,
  /** Any list, unless named below; a list of enum values at most has each value once. */
  listItems: MAX_PAGE_SIZE,
  pageSize: MAX_PAGE_SIZE,
} as const;

/**
 * The budget of one registration import by the gateway (importRegistrations; a bigger one is
 * crc-import's job, on the server): the uploaded file's bytes and the data rows of the file
 * or of `rows`. The multipart request carrying the file may be larger than MAX_BODY_BYTES by
 * `fileBytes` (body-size-plugin.ts); the import has database time of its own
 * (IMPORT_DATABASE_BUDGET_MS, IMPORT_STATEMENT_TIMEOUT_MS).
 */
export const IMPORT_LIMITS = { fileBytes: 1_000_000, rows: 2_000 } as const;

/** Lists with a budget of their own, by schema coordinate (`Type.field.argument` or `InputType.field`). */
const LIST_ITEMS_BY_COORDINATE: Readonly<Record<string, number>> = {
  'Query.nodes.ids': 100,
  'Query.reach.ageBrackets': 20,
  'Query.reach.by': 4,
  'ProjectCreateInput.donorOrganisationIds': 20,
  'ProjectUpdateInput.donorOrganisationIds': 20,
  // A registration table: the header row and its data rows; wide layouts have many member columns.
  'Mutation.importRegistrations.rows': IMPORT_LIMITS.rows + 1,
  'RegistrationRowInput.cells': 400,
};

/** Text with a budget of its own, by schema coordinate. */
const CHARACTERS_BY_COORDINATE: Readonly<Record<string, number>> = {
  'ProjectCreateInput.description': 5000,
  'ProjectUpdateInput.description': 5000,
  // Feedback: what the person said and what they were answered (@crc/domain allows 4,000 and 2,000).
  'RecordFeedbackInput.summary': 4000,
  'Mutation.transitionFeedback.response': 2000,
  'EvaluationFindingInput.statement': 1000,
  'EvaluationFindingInput.source': 1000,
  'RecordEvaluationInput.source': 1000,
};

const SEARCH_NAMES = new Set(['search', 'text']);
const FREE_TEXT_NAMES = new Set(['notes', 'note', 'description', 'reason']);
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

export interface InputLimit {
  /** Most items of the list itself (outermost list), when the type is a list. */
  readonly items?: number;
  /** Most characters of each text value (String or ID), when the named type is text. */
  readonly characters?: number;
  /** Largest value, for page sizes. */
  readonly maximum?: number;
}

/** The budget of one argument or input field. `name` is its own name, `coordinate` its schema coordinate. */
export function inputLimitOf(coordinate: string, name: string, type: GraphQLInputType): InputLimit {
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(type);
  const limit: { items?: number; characters?: number; maximum?: number } = {};
  if (isListType(inner)) {
    limit.items =
      LIST_ITEMS_BY_COORDINATE[coordinate] ?? (isEnumType(named) ? named.getValues().length : INPUT_LIMITS.listItems);
  }
  if (named.name === 'ID') limit.characters = INPUT_LIMITS.idLength;
  else if (named.name === 'String') {
    limit.characters =
      CHARACTERS_BY_COORDINATE[coordinate] ??
      (SEARCH_NAMES.has(name)
        ? INPUT_LIMITS.searchLength
        : FREE_TEXT_NAMES.has(name)
          ? INPUT_LIMITS.freeTextLength
          : INPUT_LIMITS.textLength);
  } else if (named.name === 'Int' && PAGE_SIZE_ARGUMENTS.has(name) && !isListType(inner))
    limit.maximum = INPUT_LIMITS.pageSize;
  return limit;
}

/** The sentence the schema prints for a limit, e.g. "At most 100 items, each at most 100 characters." */
export function describeInputLimit(limit: InputLimit): string | undefined {
  const parts: string[] = [];
  if (limit.items !== undefined) parts.push(`at most ${limit.items} items`);
  if (limit.characters !== undefined)
    parts.push(`${limit.items === undefined ? 'at most' : 'each at most'} ${limit.characters} characters`);
  if (limit.maximum !== undefined) parts.push(`at most ${limit.maximum}`);
  if (parts.length === 0) return undefined;
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/**
 * Why PostgreSQL would refuse a text, or undefined: a NUL character (text columns cannot
 * hold it), or half of a UTF-16 surrogate pair (not a character; it would be stored as U+FFFD).
 */
export function refusedTextReason(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) {
    return 'contains an unpaired UTF-16 surrogate (not a character)';
  }
  return undefined;
}
