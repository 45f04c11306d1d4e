// The original study's report archive, which our narrative may draw facts from but must not copy
// (lib/report/narratives/originality.test.ts, action-plans.test.ts). It is not part of the repository:
// REFERENCE_ARCHIVE names the file (README, "Test it"). Unset, the checks that read it skip and say why; set to a
// file that cannot be read, they fail.
import { readFileSync } from "node:fs";

export const NO_REFERENCE_ARCHIVE = 'REFERENCE_ARCHIVE is not set, so there is no archive to compare with (README, "Test it")';

/** The archive's text, or null when REFERENCE_ARCHIVE is not set. */
export function referenceArchive(): string | null {
  const file = process.env.REFERENCE_ARCHIVE;
  return file ? readFileSync(file, "utf8") : null;
}
