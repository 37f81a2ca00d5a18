// Shown while a page's data loads (the sidebar stays put).
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="grid grid-cols-4 gap-4">
        {["a", "b", "c", "d"].map((k) => (
          <div key={k} className="h-24 rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="h-80 rounded-lg bg-slate-200" />
    </div>
  );
}
