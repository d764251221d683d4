#!/usr/bin/env node
// The crc-dtm-local-server command. This file is in the repository, not built, so pnpm can link the bin at
// install time, before the first build has written ../dist/local-dtm-server-cli.js.
import '../dist/local-dtm-server-cli.js';
