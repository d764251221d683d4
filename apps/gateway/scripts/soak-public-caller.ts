// The lone PUBLIC caller of `pnpm soak`, in a process of its own so that the load
// generator's busy event loop does not add to the times it measures: one request at a
// time from an address of its own, every `everyMs`, until `untilEpochMs`; each outcome is
// sent to the soak over IPC as { kind, ms, code }. Its settings come as JSON in argv[2].

interface CallerData {
  readonly url: string;
  readonly everyMs: number;
  readonly untilEpochMs: number;
  readonly timeoutMs: number;
}

const { url, everyMs, untilEpochMs, timeoutMs } = JSON.parse(process.argv[2] ?? '{}') as CallerData;
// Varied so the response cache does not answer every one: reference data, a figure, a list.
const QUERIES = [
  '{ governorates { pcode name } }',
  '{ reach(by: [SEX]) { unit grandTotal { value } } }',
  '{ centres(first: 5) { totalCount edges { node { name } } } }',
];

for (let n = 0; Date.now() < untilEpochMs; n += 1) {
  const started = performance.now();
  let code: string;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ query: QUERIES[n % QUERIES.length] }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => ({ errors: [{ extensions: { code: 'NOT_JSON' } }] }))) as {
      errors?: { extensions?: { code?: string } }[];
    };
    code =
      response.status >= 500
        ? `HTTP_${response.status}`
        : (body.errors?.[0]?.extensions?.code ?? (body.errors ? 'ERROR' : 'OK'));
  } catch (error) {
    code = (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : `NETWORK_${(error as Error).name}`;
  }
  process.send?.({ kind: 'probe:public', ms: performance.now() - started, code });
  await new Promise((resolve) => setTimeout(resolve, everyMs));
}
process.disconnect?.();
