#!/usr/bin/env node
// The `wscodes` command: the process's arguments and streams, handed to main.
import { main } from './main.ts';

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
