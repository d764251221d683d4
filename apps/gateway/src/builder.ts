import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { getPothosDatamodel, type PothosPrismaTypes } from '@crc/db';
import { maySeePersonalDataAt } from './auth/viewer';
import type { GatewayContext } from './context';
import { argumentValidationError } from './errors/argument-validation-error';
import { ForbiddenError } from './errors/forbidden-error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './schema/page-size';

/** The schema builder and its plugins; types live in schema/<area>/. */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  PrismaTypes: PothosPrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string | Date };
    DateTime: { Input: Date; Output: Date };
    Decimal: { Input: string; Output: string | { toFixed(): string } };
    /** A GraphQL multipart upload (input only). */
    File: { Input: File; Output: never };
  };
  AuthScopes: {
    /** Anyone, with or without a key. */
    public: boolean;
    /** A PARTNER key (or ADMIN). */
    partner: boolean;
    /** A CENTRE_STAFF key (or ADMIN): may write centre records. */
    centreStaff: boolean;
    admin: boolean;
    /** ADMIN, or CENTRE_STAFF bound to this centre: may see personal data of its beneficiaries. */
    personalDataAt: string;
  };
}>({
  defaultFieldNullability: false,
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    PrismaPlugin,
    RelayPlugin,
    DataloaderPlugin,
    ValidationPlugin,
    ComplexityPlugin,
  ],
  scopeAuth: {
    authScopes: (context) => ({
      public: true,
      partner: context.viewer.role === 'PARTNER' || context.viewer.role === 'ADMIN',
      centreStaff: context.viewer.role === 'CENTRE_STAFF' || context.viewer.role === 'ADMIN',
      admin: context.viewer.role === 'ADMIN',
      personalDataAt: (centreId) => maySeePersonalDataAt(context.viewer, centreId),
    }),
    unauthorizedError: (_parent, context, info) =>
      new ForbiddenError(context.i18n.t('gateway.forbidden', { field: info.fieldName }), info.fieldName),
  },
  errors: {
    defaultTypes: [],
  },
  validation: {
    validationError: (failure, _args, context) => argumentValidationError(failure, context),
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getPothosDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    idFieldOptions: { description: 'Globally unique id: pass it to `node(id:)` to fetch this object again.' },
    nodeTypeOptions: { description: 'An object with a globally unique id, fetchable with `node(id:)`.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global id; null when nothing has that id or the caller may not see it.',
      args: { id: { description: 'A global id from an object’s `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches several objects by global id, in the order asked.',
      args: { ids: { description: 'Global ids from objects’ `id` fields.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page sits in a connection, for cursor pagination.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item on this page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last item on this page; pass it as `after` for the next page.',
    },
    cursorFieldOptions: { description: 'Opaque cursor of this item.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items on this page with their cursors.' },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
    firstArgOptions: { description: 'Return at most this many items after `after` (default 20, at most 100).' },
    afterArgOptions: { description: 'Cursor to continue after (an `endCursor`).' },
    lastArgOptions: { description: 'Return at most this many items before `before` (at most 100).' },
    beforeArgOptions: { description: 'Cursor to continue before (a `startCursor`).' },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // The plugin gives every field its complexity; MAX_COMPLEXITY and MAX_DEPTH are enforced
    // before execution by server/complexity-limit-plugin.ts, once per parsed operation.
    disabled: true,
  },
});
