import { createHash } from 'node:crypto';
import {
  claimIdempotentWrite,
  IDEMPOTENT_WRITE_TTL_MS,
  releaseIdempotentWrite,
  storeIdempotentAnswer,
  type IdempotentWriteKey,
  type Prisma,
} from '@crc/db';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context';

/** The request header a client sends its key in (the name Stripe, PayPal and the IETF draft use). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** 1 to 200 visible ASCII characters: a UUID or any token the client keeps with the write. */
const VALID_KEY = /^[\x21-\x7E]{1,200}$/;

function refusal(message: string, code: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, field: 'Idempotency-Key', http: { status } } });
}

function mutationOf(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      definition.operation === OperationTypeNode.MUTATION &&
      (operationName == null || definition.name?.value === operationName),
  );
}

/** The mutation fields a request runs, sorted: `createReferral,recordServiceDelivery`. */
function operationOf(mutation: OperationDefinitionNode): string {
  const fields = mutation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  return [...new Set(fields)].sort().join(',').slice(0, 300);
}

/** Whether the first answer is worth replaying: something ran (data), rather than a refusal before any write. */
function wroteOrAnswered(result: ExecutionResult): boolean {
  return (
    result.data !== null && result.data !== undefined && Object.values(result.data).some((value) => value !== null)
  );
}

/**
 * Idempotency keys for writes: a mutation sent with an `Idempotency-Key` header by an API
 * key runs once; a retry with the same key (after a lost answer, a timeout, a crash of the
 * client) gets the first answer again, from the `idempotent_write` table, so every gateway
 * instance agrees. The key is claimed before the mutation runs and the answer stored after:
 * a retry that arrives while the first is running gets IDEMPOTENCY_KEY_IN_USE (409, retry
 * later); the same key with another document or other variables gets
 * IDEMPOTENCY_KEY_REUSED (422). A first request refused before it wrote (no data) releases
 * the key. Answers are kept for IDEMPOTENT_WRITE_TTL_MS (24 h). Queries ignore the header.
 */
export function idempotencyPlugin(options: { readonly ttlMs?: number } = {}): Plugin {
  const ttlMs = options.ttlMs ?? IDEMPOTENT_WRITE_TTL_MS;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as GatewayContext & { request?: Request };
      // envelop types the execution arguments as `any` (it does not depend on graphql).
      const { document, operationName, variableValues } = args as ExecutionArgs;
      const supplied = context.request?.headers.get(IDEMPOTENCY_HEADER);
      if (supplied === null || supplied === undefined) return undefined;
      const mutation = mutationOf(document, operationName);
      const { apiKeyId } = context.viewer;
      if (mutation === undefined || apiKeyId === null) return undefined;
      if (!VALID_KEY.test(supplied)) {
        setResultAndStopExecution({
          errors: [refusal('Idempotency-Key must be 1 to 200 visible ASCII characters.', 'BAD_USER_INPUT', 400)],
        });
        return undefined;
      }
      const key: IdempotentWriteKey = { apiKeyId, idempotencyKey: supplied, operation: operationOf(mutation) };
      const requestHash = createHash('sha256')
        .update(JSON.stringify([print(document), operationName ?? null, variableValues ?? {}]))
        .digest('hex');
      // A promise only for a mutation with the header: every other operation goes on at
      // once, where an async hook made each one wait for a promise.
      return claimed(context, key, requestHash, ttlMs, setResultAndStopExecution);
    },
  };
}

/** What a claim that is not this request's own answers, in place of running the mutation. */
const CLAIM_REFUSALS = {
  running: () =>
    refusal(
      'A request with this Idempotency-Key is still running; retry later for its answer.',
      'IDEMPOTENCY_KEY_IN_USE',
      409,
    ),
  other_request: () =>
    refusal(
      'This Idempotency-Key was used for another request; use a new key for a new write.',
      'IDEMPOTENCY_KEY_REUSED',
      422,
    ),
} as const;

/**
 * Claims the key before the mutation runs: the first answer again, a refusal, or (the
 * request's own claim) the hook that stores the answer, or releases the key, after it.
 */
async function claimed(
  context: GatewayContext,
  key: IdempotentWriteKey,
  requestHash: string,
  ttlMs: number,
  setResultAndStopExecution: (result: ExecutionResult) => void,
) {
  const claim = await claimIdempotentWrite(context.prisma, key, requestHash, ttlMs);
  if (claim.kind === 'answered') {
    setResultAndStopExecution(claim.response as ExecutionResult);
    return undefined;
  }
  if (claim.kind === 'running' || claim.kind === 'other_request') {
    setResultAndStopExecution({ errors: [CLAIM_REFUSALS[claim.kind]()] });
    return undefined;
  }
  return {
    async onExecuteDone({ result }: { result: unknown }) {
      const answer = result as ExecutionResult;
      if (wroteOrAnswered(answer)) {
        // Stored as the client receives it: errors serialised the way the response is.
        await storeIdempotentAnswer(context.prisma, key, JSON.parse(JSON.stringify(answer)) as Prisma.InputJsonValue);
      } else await releaseIdempotentWrite(context.prisma, key);
    },
  };
}
