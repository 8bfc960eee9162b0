/**
 * What only some engines can do for a test: emulate CSS media features, read the accessibility
 * tree. Where the engine cannot, the test is skipped with the engine's reason printed, never
 * passed without checking (see scripts/wtr-commands.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type MediaFeature = { name: string; value: string };

function unsupported(result: unknown): string | undefined {
  return result && typeof result === 'object' && 'unsupported' in result
    ? String((result as { unsupported: unknown }).unsupported)
    : undefined;
}

function skip(ctx: Mocha.Context, reason: string): never {
  console.warn(`skipped "${ctx.test?.title}": ${reason}`);
  ctx.skip();
}

/** Turns the media features on, or skips the test where this engine cannot emulate them. */
export async function emulateMediaOrSkip(ctx: Mocha.Context, features: MediaFeature[]): Promise<void> {
  const result = await executeServerCommand('emulate-media-features', { features, ifUnsupported: 'report' });
  const reason = unsupported(result);
  if (reason) skip(ctx, reason);
}

/** Ends the emulation of these features (a no-op where it never started). */
export async function endMediaEmulation(features: MediaFeature[]): Promise<void> {
  await executeServerCommand(
    'emulate-media-features',
    features.map(({ name }) => ({ name, value: '' })),
  );
}

/** The page's accessibility tree, or a skip where this engine cannot read it. */
export async function a11ySnapshotOrSkip(ctx: Mocha.Context): Promise<unknown> {
  const result = await executeServerCommand('a11y-snapshot', { ifUnsupported: 'report' });
  const reason = unsupported(result);
  if (reason) skip(ctx, reason);
  return result;
}
