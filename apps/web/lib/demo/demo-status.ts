// A demo corpus's state as the dashboard shows it (safe to import from client components).
export interface DemoStatus {
  name: string;
  title: string;
  credit: string;
  status: "requested" | "loading" | "loaded" | "removing" | "removed";
  total: number;
  filed: number;
  removed: number;
  pending: number;
  error: string | null;
}

/** Whether the corpus still has work under way (filing, extraction or removal). */
export function demoBusy(status: DemoStatus): boolean {
  return (
    status.status === "requested" ||
    status.status === "loading" ||
    status.status === "removing" ||
    (status.status === "loaded" && status.pending > 0)
  );
}
