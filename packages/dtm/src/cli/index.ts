export { runCli, USAGE, type CliIo } from './run-cli';
export { EXIT, type ExitCode } from './exit-codes';
