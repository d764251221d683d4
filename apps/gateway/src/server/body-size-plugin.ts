import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestStep } from './request-steps';

function tooLarge(maxBytes: number): GraphQLError {
  return new GraphQLError(
    `The request body is larger than ${maxBytes} bytes (MAX_BODY_BYTES, and the upload's file limit for a multipart request).`,
    {
      extensions: { code: 'PAYLOAD_TOO_LARGE', limit: maxBytes, http: { status: 413 } },
    },
  );
}

export interface BodySizeLimits {
  readonly maxBytes: number;
  readonly uploadBytes: number;
}

function limitOf({ maxBytes, uploadBytes }: BodySizeLimits, request: Request): number {
  return request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data') === true
    ? maxBytes + uploadBytes
    : maxBytes;
}

/**
 * Refuses a request whose body is larger than `maxBytes` with 413: 100,000 ids were
 * 1.2 GB of memory once parsed. A declared Content-Length is checked before yoga reads
 * anything; node's HTTP parser then delivers exactly that many bytes, so such a body is
 * not counted again. A body without a declared length (chunked) is counted as it is
 * read. This replaces yoga's own limit (`maxRequestBodySize: false` in create-gateway),
 * which piped every body through a TransformStream and an AbortController, about a
 * tenth of the CPU of a small request (issue 13).
 *
 * A multipart request (an upload) may be larger by `uploadBytes`, the largest file a
 * mutation accepts: its file is then refused by that mutation, naming the field, instead of
 * the whole request being cut off below the documented file limit.
 *
 * Two parts: declaredBodySizeStep when the request arrives, countedBodySizePlugin while yoga
 * reads a body of undeclared length.
 *
 * This step checks the declared Content-Length when the request arrives, in the gateway's
 * one onRequest hook (request-steps.ts).
 */
export function declaredBodySizeStep(limits: BodySizeLimits): RequestStep {
  return (event) => {
    const { request, fetchAPI } = event;
    const header = request.headers.get('content-length');
    if (header === null) return false;
    const declared = Number(header);
    // Not a single non-negative integer (e.g. "1, 2" from request smuggling): 400, never skipped.
    if (!/^\d+$/.test(header.trim()) || !Number.isSafeInteger(declared)) {
      event.endResponse(
        errorResponse(fetchAPI, 400, 'The Content-Length header is not a byte count.', 'BAD_REQUEST', undefined),
      );
      return true;
    }
    // The multipart limit (a header to read) only for a body over the smaller one.
    if (declared <= limits.maxBytes) return false;
    const limit = limitOf(limits, request);
    if (declared <= limit) return false;
    event.endResponse(errorResponse(fetchAPI, 413, tooLarge(limit).message, 'PAYLOAD_TOO_LARGE', limit));
    return true;
  };
}

/** A body without a declared length, counted as yoga reads it. */
export function countedBodySizePlugin(limits: BodySizeLimits): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (requestParser === undefined || request.body === null || request.headers.has('content-length')) return;
      setRequestParser(async (unlimited) =>
        requestParser(await withBodyCounted(unlimited, limitOf(limits, unlimited), fetchAPI)),
      );
    },
  };
}

/** The request with its body read up to `maxBytes` (a GraphQLError with status 413 beyond). */
async function withBodyCounted(
  request: Request,
  maxBytes: number,
  fetchAPI: { Request: typeof Request },
): Promise<Request> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: Buffer.concat(chunks),
    signal: request.signal,
  });
}

function errorResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  message: string,
  code: string,
  limit: number | undefined,
): Response {
  return new fetchAPI.Response(
    JSON.stringify({ errors: [{ message, extensions: { code, ...(limit === undefined ? {} : { limit }) } }] }),
    { status, headers: { 'content-type': 'application/json' } },
  );
}
