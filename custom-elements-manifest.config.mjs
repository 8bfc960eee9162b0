/** `cem analyze` reads this: the manifest describes the public API only, the same on every machine. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'palaute-public-api-only',
      // Private and protected members are implementation: editors and Storybook should not offer them.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => !member.privacy || member.privacy === 'public',
              );
            }
          }
        }
      },
    },
    {
      name: 'palaute-modules-in-path-order',
      // The analyzer lists modules in the order the file system returns the files, which differs between
      // machines (CI's put <palaute-results> first): sorted by path, the manifest and docs/api.md made
      // from it are the same everywhere.
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
