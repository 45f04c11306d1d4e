"use client";
// A private link shown in full, read-only, with a button that copies it: the address is made absolute in the browser,
// so it is the one the leader reached the site at.
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const noSubscription = () => () => undefined;

export function CopyField({ id, label, path, help }: { id: string; label: string; path: string; help: string }) {
  // The page's origin never changes, so there is nothing to subscribe to; on the server the path alone is shown.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const url = `${origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <p id={`${id}-help`} className="text-sm text-muted">
        {help}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          readOnly
          value={url}
          aria-describedby={`${id}-help`}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-line bg-canvas px-2 font-mono text-sm"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          variant="secondary"
          aria-label={`Copy the ${label.toLowerCase()}`}
          onClick={async () => {
            await navigator.clipboard.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
