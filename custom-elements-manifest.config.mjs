/** `cem analyze` reads this: the manifest describes the public API only. */
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
  ],
};
