#!/usr/bin/env node
// crc-dtm: import DTM master lists and sync DTM API figures into the CRC database.
import { runCli } from './cli/run-cli';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`crc-dtm: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 4;
  },
);
