// Placeholder for a card whose data is still loading (inside <Suspense>).
export function SectionSkeleton({ title, height = 200 }: { title: string; height?: number }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-xs" aria-busy="true">
      <div className="border-b border-slate-100 px-4 py-3">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        <p className="text-sm text-slate-500">Loading…</p>
      </div>
      <div className="m-4 animate-pulse rounded bg-slate-100" style={{ height }} />
    </section>
  );
}
