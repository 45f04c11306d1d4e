// What the audit trail records, with the label the Activity page shows. Plain data: the page and the recorder share it.
export const AUDIT_ACTIONS = {
  "sign-in.succeeded": "Signed in",
  "sign-in.failed": "Sign-in failed",
  "sign-in.refused": "Sign-in refused (too many attempts)",
  "sign-out": "Signed out",
  "api-token.created": "API token created",
  "api-token.revoked": "API token revoked",
  "responses.exported": "Responses exported",
  "response.erased": "Response erased",
  "rescore.started": "Re-score started",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const isAuditAction = (value: unknown): value is AuditAction => typeof value === "string" && Object.hasOwn(AUDIT_ACTIONS, value);
