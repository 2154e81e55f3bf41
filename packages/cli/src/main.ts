/** `reportgraph …` / `pnpm cli …`: the command line entry point. */
import { runCli } from './commands.ts';

// The SDK's notice about Node 22 is for developers of the SDK's users, not for editors running a command.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await runCli(process.argv.slice(2));
