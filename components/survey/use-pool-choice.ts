"use client";
// The benchmark-pool choice on the review step (docs/decisions/026-benchmark-pool.md): one click saves it with the
// draft, as the answer to its question on the contact step (PUT /api/survey/steps with that step's saved answers), so
// it is the same answer the contact step shows, it survives Back, a reload and the resume link, and a retake that
// copies the answers copies it too. Saves run one after the other; submitting waits for the last one.
import { useRef, useState } from "react";
import type { Answers, ConsentQuestion, Section } from "@/lib/instrument";
import { PART_A_IDS } from "@/lib/instrument/question-ids";
import { errorBody, type ErrorBody } from "@/lib/http/error-body";
import type { SaveStepResponse } from "@/lib/survey/api";
import { toFieldName } from "@/lib/survey/field-names";
import { readStepBackup, writeStepBackup } from "./step-backup";

/** The pool question's field name in its step's form. */
export const POOL_FIELD = toFieldName(PART_A_IDS.pool);

export interface PoolChoice {
  question: ConsentQuestion;
  /** What the box shows: the last choice made (saved, or being saved). */
  inPool: boolean;
  saving: boolean;
  error?: string;
  choose: (inPool: boolean) => void;
  /** Resolves once every choice made is saved: true, or false when the last save failed. */
  settled: () => Promise<boolean>;
}

/** `answers`: the step as saved; `fields`: the form fields the choice changed, for a step typed and not saved yet. */
export type PoolChoiceSaved = (section: Section, answers: Answers, fields: Record<string, boolean>, response: SaveStepResponse) => void;

export function usePoolChoice(sections: Section[], answers: Answers, onSaved: PoolChoiceSaved): PoolChoice | null {
  const section = sections.find((candidate) => candidate.questions.some((question) => question.id === PART_A_IDS.pool));
  const question = section?.questions.find((candidate) => candidate.id === PART_A_IDS.pool);
  const saved = answers[PART_A_IDS.pool];
  const savedChoice = typeof saved === "boolean" ? saved : question?.kind === "consent" ? (question.default ?? false) : true;
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  if (!section || question?.kind !== "consent") return null;

  const save = async (inPool: boolean): Promise<boolean> => {
    const stepAnswers: Answers = {};
    for (const { id } of section.questions) if (answers[id] !== undefined) stepAnswers[id] = answers[id]!;
    stepAnswers[PART_A_IDS.pool] = inPool;
    try {
      const response = await fetch("/api/survey/steps", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sectionId: section.id, answers: stepAnswers }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => errorBody("The server could not save your choice."))) as ErrorBody;
        setError(`${body.error.message} Your choice was not saved.`);
        return false;
      }
      // A step typed but not saved on this device keeps the new choice too, so the contact step shows it.
      const backup = readStepBackup(section.id);
      if (backup) writeStepBackup(section.id, { ...backup, [POOL_FIELD]: inPool });
      onSaved(section, stepAnswers, { [POOL_FIELD]: inPool }, (await response.json()) as SaveStepResponse);
      return true;
    } catch {
      setError("We could not reach the server, so your choice was not saved. Try again in a moment.");
      return false;
    }
  };

  const choose = (inPool: boolean) => {
    setChosen(inPool);
    setError(undefined);
    setSaving(true);
    const run = queue.current.then(() => save(inPool));
    queue.current = run;
    void run.then((ok) => {
      if (queue.current !== run) return;
      setSaving(false);
      // Saved: the answers hold it now (the contact step may change it later). Failed: the box shows what is saved
      // again, and a later submit, which waited for this save and stopped, goes ahead with that.
      setChosen(null);
      if (!ok) queue.current = Promise.resolve(true);
    });
  };

  return { question, inPool: chosen ?? savedChoice, saving, error, choose, settled: () => queue.current };
}
