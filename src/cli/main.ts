// Entry point of the headless CLI (`npm run sim -- <command> ...`): runs the dispatcher on the process's
// arguments and sets the exit code (without process.exit, so buffered output is not cut off).
import { runCli } from './cli';
import { PROCESS_IO } from './io';

process.exitCode = runCli(process.argv.slice(2), PROCESS_IO);
