export function FieldHelp({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={id} className="text-sm text-muted">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-danger">
      {message}
    </p>
  );
}

/** The aria-describedby value for a field with help text and maybe an error. */
export function describedBy(helpId: string, errorId: string, hasError: boolean): string {
  return hasError ? `${helpId} ${errorId}` : helpId;
}
