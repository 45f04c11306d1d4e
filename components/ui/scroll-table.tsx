"use client";
// A table wider than the screen scrolls sideways inside its own box, never the page. Its first column (the row
// names) stays in view, a fade marks the side with more to see, and a line under it says so in words.
import { useEffect, useRef, useState, type ReactNode } from "react";

// Cells are styled from here, so any table dropped in gets room between its columns and a sticky first column.
const TABLE =
  "overflow-x-auto [&_td]:py-2 [&_td]:whitespace-nowrap [&_th]:py-2 [&_thead_th]:align-bottom [&_thead_th]:whitespace-nowrap " +
  "[&_tr>*:first-child]:sticky [&_tr>*:first-child]:left-0 [&_tr>*:first-child]:z-10 [&_tr>*:first-child]:bg-canvas " +
  "[&_tr>*:first-child]:pl-0 [&_tr>*:first-child]:shadow-[inset_-1px_0_0_var(--color-line)]";

// `dense`: less room between columns, for a table with many (the admin's responses).
const PADDING = { normal: "[&_td]:px-3 [&_th]:px-3", dense: "[&_td]:px-2 [&_th]:px-2" };

export function ScrollTable({ label, dense = false, children }: { label: string; dense?: boolean; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ overflows: false, right: false });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const overflows = element.scrollWidth > element.clientWidth + 1;
      setMore({ overflows, right: overflows && element.scrollLeft + element.clientWidth < element.scrollWidth - 1 });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", measure);
    };
  }, []);

  return (
    <div className="space-y-1">
      <div className="relative">
        {/* Focusable only when it scrolls, so keyboard users can move it with the arrow keys. */}
        <div ref={box} role="region" aria-label={label} tabIndex={more.overflows ? 0 : undefined} data-overflows={more.overflows} className={`${TABLE} ${PADDING[dense ? "dense" : "normal"]}`}>
          {children}
        </div>
        {more.right && <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-0 w-10 bg-gradient-to-l from-canvas" />}
      </div>
      {more.overflows && (
        <p className="text-sm text-muted" data-testid="scroll-cue">
          Scroll sideways to see every column →
        </p>
      )}
    </div>
  );
}
