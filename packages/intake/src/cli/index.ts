export { runCli, USAGE, formatReport, type CliIo } from './run-cli';
