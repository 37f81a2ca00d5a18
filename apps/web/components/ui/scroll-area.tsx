"use client";
// A box that scrolls its own content (a wide table on a phone, a long list) instead of the page.
// While its content overflows it is a tab stop with a focus ring, so keyboard users can scroll it
// with the arrow keys (WCAG 2.1.1; axe "scrollable-region-focusable"); when nothing overflows it
// stays out of the tab order. `relative` makes it the containing block of visually hidden
// (absolutely positioned) labels inside, which would otherwise widen the page.
import { type ReactNode, useEffect, useRef, useState } from "react";
import { cn, focusRing } from "./cn";

interface ScrollAreaProps {
  children: ReactNode;
  className?: string;
}

export function ScrollArea({ children, className }: ScrollAreaProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setScrolls(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={ref} tabIndex={scrolls ? 0 : undefined} className={cn("relative", focusRing, className)}>
      {children}
    </div>
  );
}
