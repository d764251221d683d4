#!/usr/bin/env node
// The crc-import command. This file is in the repository, not built, so pnpm can link the bin at
// install time, before the first build has written ../dist/cli.js.
import '../dist/cli.js';
