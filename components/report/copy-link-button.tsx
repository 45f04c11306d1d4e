"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function CopyLinkButton() {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="secondary"
      className="print:hidden"
      onClick={async () => {
        await navigator.clipboard.writeText(window.location.href).catch(() => undefined);
        setCopied(true);
      }}
    >
      {copied ? "Link copied" : "Copy private link"}
    </Button>
  );
}
