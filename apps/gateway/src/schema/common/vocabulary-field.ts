import type { VocabularyName } from '@crc/domain';
import type { EnumRef, FieldKind, FieldMap } from '@pothos/core';
import type { builder } from '../../builder';
import { localeArg } from './locale';
import { vocabularyLabelIn } from './vocabulary-label';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Row = Readonly<Record<string, unknown>>;
type FieldBuilder = PothosSchemaTypes.RootFieldBuilder<Types, Row, 'Object'>;

/**
 * Any object type's field builder (prismaObject, prismaNode, objectRef). Taken by its
 * kind only: comparing prisma field builders structurally exceeds TypeScript's depth,
 * and every object kind takes the same field options.
 */
interface AnyFieldBuilder {
  readonly kind: FieldKind;
}

/** The code stored in `parent[name]`; anything but a string or null is a bug in the type's definition. */
function codeOf(parent: Row, name: string): string | null {
  const code = parent[name];
  if (code === null || code === undefined) return null;
  if (typeof code !== 'string') throw new Error(`vocabularyField: ${name} holds no vocabulary code`);
  return code;
}

interface LabelOptions<P = Row> {
  /** The @crc/domain vocabulary the codes belong to. */
  readonly vocabulary: VocabularyName;
  /** True when the code may be missing (the fields are then null). */
  readonly nullable?: boolean;
  /** The code when it is derived from the parent rather than held in `parent[name]`. */
  readonly code?: (parent: P) => string | null;
  /** Who may read the fields (both of them), e.g. personal data: the fields' `authScopes`. */
  readonly authScopes?: (parent: P) => Partial<Types['AuthScopes']>;
}

/** The options' code reader over the untyped parent the shared field builder sees. */
function codeReader<P>(name: string, options: LabelOptions<P>): (parent: Row) => string | null {
  const derive = options.code;
  return derive === undefined ? (parent) => codeOf(parent, name) : (parent) => derive(parent as P);
}

/** The options' authScopes, if any, as field options over the untyped parent. */
function guarded<P>(options: LabelOptions<P>): { authScopes?: (parent: Row) => Partial<Types['AuthScopes']> } {
  const scopes = options.authScopes;
  return scopes === undefined ? {} : { authScopes: (parent) => scopes(parent as P) };
}

/** How every label field is described: what it labels and how its language is chosen. */
function labelDescription(name: string): string {
  return `\`${name}\` in the request’s language, or in \`locale\` when given.`;
}

/**
 * `<name>Label(locale: Locale): String`: the label of the vocabulary code the parent
 * holds in `name`, in the request's language or the `locale` argument's. For a code
 * served as a plain string; a code with a GraphQL enum takes vocabularyField.
 */
export function vocabularyLabelField<P = Row>(
  builderOfType: AnyFieldBuilder,
  name: string,
  options: LabelOptions<P>,
): FieldMap {
  const t = builderOfType as unknown as FieldBuilder;
  const code = codeReader(name, options);
  // A guarded code's label says so: it tells as much as the code.
  const description = labelDescription(name) + (options.authScopes ? ` Guarded like \`${name}\`.` : '');
  const common = { description, args: { locale: t.arg(localeArg) }, ...guarded(options) };
  const field = options.nullable
    ? t.string({
        ...common,
        nullable: true,
        resolve: (parent, args, context) => {
          const value = code(parent);
          return value === null ? null : vocabularyLabelIn(context, args.locale, options.vocabulary, value);
        },
      })
    : t.string({
        ...common,
        resolve: (parent, args, context) =>
          vocabularyLabelIn(context, args.locale, options.vocabulary, code(parent) ?? ''),
      });
  return { [`${name}Label`]: field };
}

interface VocabularyFieldOptions<P> extends LabelOptions<P> {
  /** The vocabulary's GraphQL enum (built with vocabularyEnumValues from the same vocabulary). */
  readonly type: EnumRef<Types, string>;
  /** What the code says about this object, e.g. 'Sex as recorded.'. */
  readonly description: string;
}

/**
 * A vocabulary field in one line: `<name>` (the vocabulary's enum, from the parent's
 * `name`) and `<name>Label(locale)` (its label), spread into a type's fields:
 *
 *     ...vocabularyField(t, 'sex', { type: SexEnum, vocabulary: 'sexes', description: 'Sex as recorded.' }),
 */
export function vocabularyField<P = Row>(
  builderOfType: AnyFieldBuilder,
  name: string,
  options: VocabularyFieldOptions<P>,
): FieldMap {
  const t = builderOfType as unknown as FieldBuilder;
  const code = codeReader(name, options);
  const field = options.nullable
    ? t.field({
        type: options.type,
        nullable: true,
        description: options.description,
        ...guarded(options),
        resolve: (parent) => code(parent),
      })
    : t.field({
        type: options.type,
        description: options.description,
        ...guarded(options),
        resolve: (parent) => code(parent) ?? '',
      });
  return { [name]: field, ...vocabularyLabelField(builderOfType, name, options) };
}
