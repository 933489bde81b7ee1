#!/usr/bin/env node
// The command line runs core's TypeScript directly through tsx, so there is no build step to forget.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../core/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
