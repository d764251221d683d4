#!/usr/bin/env node
// Checks the package in the current directory as its users get it: the tarball `pnpm pack`
// makes (not the workspace folder), offline. Run by each published package's
// `check:package` script, which `pnpm test` runs.
//   1. attw, node16 profile: types resolve for import and require.
//   2. publint --strict: exports, files and fields agree with the tarball's contents.
//   3. a CommonJS script and an ESM script load every entry point of the unpacked tarball,
//      and see the same exports (require(esm), Node >= 20.19).
//   4. `pnpm publish --dry-run`: what the registry would receive.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = (name) => path.join(here, 'node_modules', '.bin', name);
const packageDir = process.cwd();
const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crc-check-package-'));

function step(title) {
  console.log(`\n== ${manifest.name}: ${title}`);
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: 'inherit', ...options });
}

try {
  step('pnpm pack');
  run('pnpm', ['pack', '--pack-destination', work], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = path.join(
    work,
    fs.readdirSync(work).find((f) => f.endsWith('.tgz')),
  );
  console.log(path.basename(tarball));

  step('attw --profile node16');
  // cjs-resolves-to-esm is ignored on purpose: the packages are ESM only and a require() of
  // them is served by Node's require(esm) (>= 20.19, the engines range), which attw does not
  // model yet (arethetypeswrong issue #252). Step 3 proves that require() works.
  run(bin('attw'), [
    tarball,
    '--profile',
    'node16',
    '--ignore-rules',
    'cjs-resolves-to-esm',
    '--no-emoji',
    '--no-color',
  ]);

  step('publint --strict');
  run(bin('publint'), ['run', tarball, '--strict']);

  step('require() and import() of the unpacked tarball');
  const consumer = path.join(work, 'consumer');
  const installed = path.join(consumer, 'node_modules', ...manifest.name.split('/'));
  fs.mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  // Dependencies and peers come from the workspace's install, so this works offline.
  const needs = { ...manifest.dependencies, ...manifest.peerDependencies };
  for (const dependency of Object.keys(needs)) {
    const link = path.join(consumer, 'node_modules', ...dependency.split('/'));
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(fs.realpathSync(path.join(packageDir, 'node_modules', dependency)), link, 'dir');
  }
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  const entryPoints = Object.keys(manifest.exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
  fs.writeFileSync(
    path.join(consumer, 'load.cjs'),
    `'use strict';
const assert = require('node:assert/strict');
(async () => {
  for (const entry of ${JSON.stringify(entryPoints)}) {
    const required = require(entry);
    const imported = await import(entry);
    const names = Object.keys(required).filter((name) => name !== '__esModule' && name !== 'module.exports').sort();
    assert.ok(names.length > 0, entry + ': require() returned no exports');
    assert.deepEqual(names, Object.keys(imported).sort(), entry + ': require() and import() disagree');
    for (const name of names) assert.equal(required[name], imported[name], entry + ': ' + name + ' differs');
    console.log("require('" + entry + "') from CommonJS: " + names.length + ' exports, the same as import()');
  }
})().catch((error) => { console.error(error); process.exit(1); });
`,
  );
  run(process.execPath, ['load.cjs'], { cwd: consumer });
  // A package may add a script of its own, run as a CommonJS user would run it.
  const own = path.join(packageDir, 'test', 'consumer.cjs');
  if (fs.existsSync(own)) {
    fs.copyFileSync(own, path.join(consumer, 'consumer.cjs'));
    run(process.execPath, ['consumer.cjs'], { cwd: consumer });
  }

  step('pnpm publish --dry-run');
  // pnpm passes its own settings to npm as npm_config_* variables, which npm warns about.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)));
  run('pnpm', ['publish', '--dry-run', '--no-git-checks'], { cwd: packageDir, env });
} catch (error) {
  console.error(`\n${manifest.name}: package check failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
