// Runs `npm run validate`'s main as its process does, then prints the process's peak resident memory
// ("maxrss-kb N"): hostile.test.ts uses it on hosts without /usr/bin/time.
import { main } from '../src/cli.ts';

process.exitCode = main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() });
process.on('exit', () => process.stderr.write(`maxrss-kb ${process.resourceUsage().maxRSS}\n`));
