/**
 * Versions and the changelog, in place of Changesets (CONTRIBUTING.md, "Releasing"): `palaute` and
 * `palaute-collector` are released together, so their versions are equal; CHANGELOG.md has a
 * section for what is not released yet (`## Unreleased`) or for the version itself. With
 * RELEASE_TAG (the release workflow's tag, `v1.2.3`) the version is the tag's and CHANGELOG.md has
 * its section. Usage: node scripts/check-release.mjs [repository root]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
const versionOf = (file) => JSON.parse(readFileSync(join(root, file), 'utf8')).version;
const problems = [];

const widgets = versionOf('package.json');
const collector = versionOf('collector/package.json');
if (widgets !== collector) {
  problems.push(
    `package.json is ${widgets} and collector/package.json ${collector}: release them as one version`,
  );
}
const sections = [...readFileSync(join(root, 'CHANGELOG.md'), 'utf8').matchAll(/^## (\S+)/gm)].map(
  (match) => match[1],
);
const tag = process.env.RELEASE_TAG;
if (tag) {
  if (tag !== `v${widgets}`) problems.push(`the tag ${tag} is not v${widgets}, the packages' version`);
  if (!sections.includes(widgets)) problems.push(`CHANGELOG.md has no "## ${widgets}" section for ${tag}`);
} else if (!sections.includes('Unreleased') && !sections.includes(widgets)) {
  problems.push(`CHANGELOG.md has neither "## Unreleased" nor "## ${widgets}"`);
}

if (problems.length) {
  console.error(`check-release:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-release: version ${widgets} for both packages, CHANGELOG.md in order`);
