import { readFile } from 'node:fs/promises';
import { systemActor } from '../commands/actor';
import type { CommandResult } from '../commands/command-result';
import { recordEvaluation, type RecordEvaluationInput } from '../commands/record-evaluation';
import { recordFeedback, type RecordFeedbackInput } from '../commands/record-feedback';
import { transitionFeedback, type TransitionFeedbackInput } from '../commands/transition-feedback';
import type { Db } from '../create-db';

export const FEEDBACK_USAGE = `  feedback record <input.json>            record feedback or a complaint (the recordFeedback command's input)
  feedback transition <id> <change.json>  acknowledge, refer, respond, close or reopen an entry
  evaluation record <input.json>          record an M&E evaluation with its findings
    (input files are JSON; '-' reads standard input. The CLI acts as an operator (ADMIN),
     named cli:<user> in the audit log; sensitive and PSEA entries are for focal points'
     API keys only, so the CLI cannot see or move them.)`;

async function readJson(path: string | undefined): Promise<unknown> {
  if (path === undefined) throw new Error('give the input file (or - for standard input)');
  const text =
    path === '-'
      ? await new Promise<string>((resolve, reject) => {
          let data = '';
          process.stdin
            .setEncoding('utf8')
            .on('data', (chunk: string) => (data += chunk))
            .on('end', () => resolve(data))
            .on('error', reject);
        })
      : await readFile(path, 'utf8');
  return JSON.parse(text) as unknown;
}

function report<T extends { id: string }>(result: CommandResult<T, { ok: false; kind: string }>): number {
  if (result.ok) {
    console.log(JSON.stringify({ ok: true, id: result.value.id }));
    return 0;
  }
  console.error(JSON.stringify(result, null, 2));
  return 1;
}

/**
 * `crc-db feedback|evaluation ...`: the same commands the gateway's mutations call, for
 * operators and scripts. Exit codes: 0 written, 1 refused (the failure is printed), 2 usage.
 */
export async function runFeedbackCli(db: Db, area: string, positionals: readonly string[]): Promise<number> {
  const actor = systemActor(`cli:${process.env['USER'] ?? 'operator'}`);
  const [action, first, second] = positionals;
  if (area === 'feedback' && action === 'record')
    return report(await recordFeedback(db.prisma, actor, (await readJson(first)) as RecordFeedbackInput));
  if (area === 'feedback' && action === 'transition' && first !== undefined) {
    const change = (await readJson(second)) as Omit<TransitionFeedbackInput, 'feedbackEntryId'>;
    return report(await transitionFeedback(db.prisma, actor, { ...change, feedbackEntryId: first }));
  }
  if (area === 'evaluation' && action === 'record')
    return report(await recordEvaluation(db.prisma, actor, (await readJson(first)) as RecordEvaluationInput));
  console.error(`usage:\n${FEEDBACK_USAGE}`);
  return 2;
}
