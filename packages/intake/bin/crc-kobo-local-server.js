#!/usr/bin/env node
// The crc-kobo-local-server command (the local KoboToolbox server of the tests), linked before the first build.
import '../dist/local-kobo-server-cli.js';
