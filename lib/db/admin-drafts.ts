import "server-only";
import { PART_A_IDS } from "@/lib/instrument/question-ids";
import { sqlPool } from "./client";

/** An unfinished survey as the admin's erasure search lists it: who it may belong to, and how far it got. */
export type DraftListItem = {
  id: string;
  startedAt: Date;
  updatedAt: Date;
  currentStep: number;
  name: string | null;
  email: string | null;
  companyName: string | null;
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/**
 * Drafts whose typed name, email or company contains `q` (case-insensitive), newest save first: a participant's
 * erasure request must reach what they typed before they submitted, which lives only in the draft's answers.
 */
export async function findDraftsByContact(q: string, limit: number): Promise<DraftListItem[]> {
  const { rows } = await sqlPool().query<DraftListItem>(
    `SELECT id, "startedAt", "updatedAt", "currentStep",
            answers ->> $2 AS name, answers ->> $3 AS email, answers ->> $4 AS "companyName"
       FROM "Response"
      WHERE status = 'DRAFT'
        AND (answers ->> $2 ILIKE $1 OR answers ->> $3 ILIKE $1 OR answers ->> $4 ILIKE $1)
      ORDER BY "updatedAt" DESC, id
      LIMIT $5`,
    [likePattern(q), PART_A_IDS.name, PART_A_IDS.email, PART_A_IDS.companyName, limit],
  );
  return rows;
}

/** Deletes drafts last saved before `savedBefore`, at most `batch` at a time; returns how many went. */
export async function deleteDraftsSavedBefore(savedBefore: Date, batch: number): Promise<number> {
  const { rowCount } = await sqlPool().query(
    `DELETE FROM "Response" WHERE id IN (
       SELECT id FROM "Response" WHERE status = 'DRAFT' AND "updatedAt" < $1 ORDER BY "updatedAt" LIMIT $2
     )`,
    [savedBefore, batch],
  );
  return rowCount ?? 0;
}
