#!/usr/bin/env node
// crc-report: exports (CSV with HXL, XLSX), the 5W activity report and the programme snapshot from the CRC database.
import { runCli } from './cli/run-cli';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`crc-report: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 4;
  },
);
