/**
 * Sealing a report to `reportKey`: imported only when a report is sent (a chunk of its own), so
 * the report crypto is not on the page's critical path.
 */
import { sealDeviationReport } from '../../crypto/deviation-seal.js';
import { importReportPublicKey } from '../../crypto/report-key.js';
import type { PlaintextDeviationData } from '../../schema/sealed-deviation-report.js';

/** The key is checked first: its refusal ("this is a private key") is what the console should say. */
export async function sealReport(key: JsonWebKey, id: string, data: PlaintextDeviationData) {
  await importReportPublicKey(key);
  return sealDeviationReport(key, id, data);
}
