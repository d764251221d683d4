#!/usr/bin/env node
// The release plan the pending changesets make (`changeset status`), checked for coherence:
// a package that has never been released (no version heading in its CHANGELOG) goes from
// 0.0.0 to its first version, 0.1.0 (or 1.0.0), never straight to 0.2.0; a released one
// moves from the version its CHANGELOG last names. Run from the repository root by `pnpm test`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crc-release-check-')), 'status.json');

// `changeset status` also fails when a package changed since the base branch without a
// changeset; on a checkout without that branch (a detached CI clone) compare with HEAD instead.
const hasBaseBranch = (() => {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', 'main'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
execFileSync(
  'pnpm',
  ['exec', 'changeset', 'status', `--output=${output}`, ...(hasBaseBranch ? [] : ['--since=HEAD'])],
  {
    stdio: 'inherit',
  },
);
const plan = JSON.parse(fs.readFileSync(output, 'utf8'));
fs.rmSync(path.dirname(output), { recursive: true, force: true });

const problems = [];
const workspacePackages = ['packages', 'apps']
  .flatMap((dir) => fs.readdirSync(path.join(root, dir)).map((name) => path.join(root, dir, name)))
  .filter((dir) => fs.existsSync(path.join(dir, 'package.json')));
const byName = new Map(
  workspacePackages.map((dir) => [JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name, dir]),
);

console.log('\nRelease plan of the pending changesets:');
// type "none": an internal dependent that changesets lists but does not version (privatePackages).
for (const release of plan.releases.filter((entry) => entry.type !== 'none')) {
  const dir = byName.get(release.name);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const changelog = path.join(dir, 'CHANGELOG.md');
  const released = fs.existsSync(changelog)
    ? [...fs.readFileSync(changelog, 'utf8').matchAll(/^## (\d+\.\d+\.\d+\S*)$/gm)].map((match) => match[1])
    : [];
  console.log(
    `  ${release.name}: ${release.oldVersion} -> ${release.newVersion} (${release.type}, ${release.changesets.length} changesets)`,
  );
  if (manifest.private) problems.push(`${release.name} is private but a changeset releases it`);
  if (!fs.existsSync(changelog)) problems.push(`${release.name} has no CHANGELOG.md`);
  if (released.length === 0) {
    if (release.oldVersion !== '0.0.0') {
      problems.push(
        `${release.name} was never released (no version in CHANGELOG.md) but is at ${release.oldVersion}, not 0.0.0`,
      );
    }
    if (!['0.1.0', '1.0.0'].includes(release.newVersion)) {
      problems.push(`${release.name}'s first release would be ${release.newVersion}, not 0.1.0 or 1.0.0`);
    }
  } else if (released[0] !== release.oldVersion) {
    problems.push(`${release.name} is at ${release.oldVersion} but its CHANGELOG last names ${released[0]}`);
  }
}
if (problems.length > 0) {
  console.error(`\nThe release plan is not coherent:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('The release plan is coherent.');
