// Keeps what the participant is typing on the current step in this browser until the step is
// saved, so a reload or a lost connection mid-step loses nothing.
import type { FormValues } from "@/lib/survey/field-names";

const key = (sectionId: string) => `dmi-step:${sectionId}`;

export function readStepBackup(sectionId: string): FormValues | null {
  try {
    const raw = window.localStorage.getItem(key(sectionId));
    return raw ? (JSON.parse(raw) as FormValues) : null;
  } catch {
    return null;
  }
}

export function writeStepBackup(sectionId: string, values: FormValues): void {
  try {
    window.localStorage.setItem(key(sectionId), JSON.stringify(values));
  } catch {
    // Storage full or disabled: the server copy of earlier steps is still there.
  }
}

export function clearStepBackup(sectionId: string): void {
  try {
    window.localStorage.removeItem(key(sectionId));
  } catch {
    // nothing to clear
  }
}
