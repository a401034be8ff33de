#!/usr/bin/env node
// The command's entry point: the built CLI (run `npm run build` first).
import '../dist/cli.js';
