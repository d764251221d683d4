import { GraphQLError } from 'graphql';
import { builder } from '../../builder';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function invalid(scalar: string, reason: string): GraphQLError {
  return new GraphQLError(`${scalar} ${reason}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD` (no time, no time zone).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
      throw invalid('Date', "must be a date written 'YYYY-MM-DD'");
    return value;
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 with time zone, e.g. `2018-03-31T09:00:00.000Z`.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const parsed = typeof value === 'string' ? new Date(value) : null;
    if (parsed === null || Number.isNaN(parsed.getTime())) throw invalid('DateTime', 'must be an ISO 8601 date-time');
    return parsed;
  },
});

builder.scalarType('Decimal', {
  description:
    'An exact decimal number as a string, e.g. `"1500000.00"`. Money is never a float: read it with a decimal library.',
  serialize: (value) => (typeof value === 'string' ? value : value.toFixed()),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DECIMAL.test(value))
      throw invalid('Decimal', 'must be a decimal number written as a string, e.g. "1500.50"');
    return value;
  },
});

/** What yoga hands over for a part of a GraphQL multipart request: a WHATWG File (Node's, or its ponyfill). */
function isUploadedFile(value: unknown): value is File {
  const file = value as Partial<File> | null;
  return (
    typeof file === 'object' &&
    file !== null &&
    typeof file.name === 'string' &&
    typeof file.size === 'number' &&
    typeof file.arrayBuffer === 'function'
  );
}

builder.scalarType('File', {
  description:
    'A file uploaded with the request, input only: send a GraphQL multipart request (`operations`, `map`, then the file parts, as Apollo and urql upload clients do) with the `x-graphql-yoga-csrf` header.',
  serialize: () => {
    throw new GraphQLError('File is an input-only scalar');
  },
  parseValue: (value) => {
    if (!isUploadedFile(value)) throw invalid('File', 'must be a file part of a multipart request');
    return value;
  },
});
