#!/usr/bin/env node
// The command line runs from the TypeScript sources through swc.
const { join } = require('node:path');

process.env.SWC_NODE_PROJECT ??= join(__dirname, '../../../tsconfig.json');
require('@swc-node/register');
require('../src/main.ts');
