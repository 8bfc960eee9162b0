/** Written by the loader build from scripts/widgets.ts (scripts/loader-widgets.ts). */
declare module 'virtual:palaute/loader-widgets' {
  /** Each answer widget's tag and the import of its chunk. */
  const widgets: Record<string, () => Promise<unknown>>;
  export default widgets;
}
