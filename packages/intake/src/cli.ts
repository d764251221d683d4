#!/usr/bin/env node
// crc-import: registrations from CSV/XLSX and KoboToolbox into the CRC database, and the registration template.
import { runCli } from './cli/run-cli';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`crc-import: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 4;
  },
);
