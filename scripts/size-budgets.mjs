/**
 * The size report's enforced budgets (gzip -9 bytes), with the target where it is lower;
 * see CONTRIBUTING.md ("Size") for why each gap exists. Budgets may fall, never rise.
 */
const KB = 1024;

/**
 * A page with only one answer widget, loaded through dist/palaute.js, by tag. Every answer widget
 * in scripts/widgets.ts needs its line: the size report fails without it, and so does
 * test/package/widget-registry.node.test.mjs.
 */
export const WIDGET_PAGE_BUDGETS = {
  'palaute-nps': { budget: 22.5 * KB, target: 13.5 * KB },
  'palaute-emoji-survey': { budget: 36 * KB, target: 19 * KB },
  'palaute-deviation-form': { budget: 34 * KB, target: 21 * KB },
};

export const BUDGETS = {
  loader: { budget: 1.5 * KB, target: 1.5 * KB },
  // A new widget adds its bytes here too: raise this only by what its own chunk adds.
  'page with every widget': { budget: 45.5 * KB, target: 28 * KB },
  'palaute/nps alone': { budget: 19.75 * KB, target: 13 * KB },
  'dist/palaute.all.js': { budget: 45 * KB },
  // <palaute-report-inbox> for the collector's /inbox page, self-contained: 23.87 KB when added.
  'dist/inbox/inbox.js': { budget: 24.5 * KB },
};
