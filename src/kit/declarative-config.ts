/**
 * Configuration written in the page, for pages whose Content-Security-Policy forbids inline
 * scripts: a JSON block is data, not script, so `script-src` does not apply to it.
 *
 *   <script type="application/json" data-palaute-config>
 *     { "endpoint": "https://palaute.example.fi/v1/answers", "unit": "espoo-leppavaara" }
 *   </script>
 *
 * `messages` and `reportKey` are JSON objects; the key is checked when a report is sealed.
 *
 * Read when a widget connects, each block once. What a script already gave `configure()` wins:
 * the markup is the page's default, a script is a deliberate override.
 */
import { configure, getConfig, type PalauteConfig } from '../delivery/configure.js';
import { reportError } from '../delivery/log.js';

export const CONFIG_SELECTOR = 'script[type="application/json"][data-palaute-config]';

const read = new WeakSet<Element>();
const STRING_KEYS = ['endpoint', 'unit', 'service'] as const;

export function readDeclarativeConfig(root: ParentNode = document): void {
  for (const block of root.querySelectorAll(CONFIG_SELECTOR)) {
    if (read.has(block)) continue;
    read.add(block);
    const options = parse(block.textContent ?? '');
    if (!options) continue;
    const current = getConfig();
    const unset = Object.entries(options).filter(
      ([key]) => current[key as keyof PalauteConfig] === undefined,
    );
    if (unset.length > 0) configure(Object.fromEntries(unset) as PalauteConfig);
  }
}

/** The known options with the right types; anything else is reported and left out. */
function parse(text: string): PalauteConfig | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    reportError(`<script data-palaute-config> is not valid JSON and is ignored: ${String(error)}`);
    return undefined;
  }
  if (!isObject(value)) {
    reportError('<script data-palaute-config> should hold a JSON object; it is ignored');
    return undefined;
  }
  const options: PalauteConfig = {};
  for (const [key, option] of Object.entries(value)) {
    if ((STRING_KEYS as readonly string[]).includes(key) && typeof option === 'string') {
      options[key as (typeof STRING_KEYS)[number]] = option;
    } else if ((key === 'messages' || key === 'reportKey') && isObject(option)) {
      options[key] = option;
    } else {
      reportError(
        `<script data-palaute-config>: "${key}" is not an option here (or has the wrong type); ignored`,
      );
    }
  }
  return options;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs `check` once the page has loaded and its own scripts have run, so their configure() counts. */
export function afterPageScripts(check: () => void): void {
  const later = () => setTimeout(check);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later, { once: true });
  else later();
}
