export { runCli, USAGE, type CliIo } from './run-cli';
export { EXIT, type ExitCode } from './exit-codes';
export { createProgressBar, type ProgressBar, type ProgressStream } from './progress-bar';
export { summaryTable } from './summary-table';
