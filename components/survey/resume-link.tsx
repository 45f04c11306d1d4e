"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MailResumeLinkForm } from "./mail-resume-link-form";

/** The private link that reopens this draft on any device. */
export function ResumeLink({ path }: { path: string }) {
  const [copied, setCopied] = useState(false);
  const url = typeof window === "undefined" ? path : new URL(path, window.location.origin).toString();
  const copy = async () => {
    await navigator.clipboard.writeText(url).catch(() => undefined);
    setCopied(true);
  };
  return (
    <details className="rounded-md border border-line bg-surface p-3 text-sm">
      <summary className="cursor-pointer font-medium">Finish later? Your answers are saved — get your resume link</summary>
      <p className="mt-2 text-muted">
        This browser will reopen where you left off. To continue on another device, keep this private link. It works once: when you use it, the survey gives you a new one.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input readOnly value={url} aria-label="Your private resume link" className="min-h-11 min-w-0 flex-1 rounded-md border border-line px-2" />
        <Button variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
      <MailResumeLinkForm />
    </details>
  );
}
