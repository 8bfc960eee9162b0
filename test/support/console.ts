/** Console errors written while `run` runs: Palaute reports bad input there. */
export async function captureConsoleErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return errors;
}
