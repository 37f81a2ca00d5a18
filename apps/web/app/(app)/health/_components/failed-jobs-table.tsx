// Failed jobs with the reason each gave up, and a retry per job.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatAgo } from "@/lib/format/dates";
import type { FailedJob } from "@/lib/health/queue-health";
import { RetryButton } from "./retry-button";

export function FailedJobsTable({ jobs, canEdit }: { jobs: FailedJob[]; canEdit: boolean }) {
  const now = new Date();
  return (
    <Table>
      <thead>
        <tr>
          <Th>Job</Th>
          <Th>Reason</Th>
          <Th numeric>Attempts</Th>
          <Th>Failed</Th>
          <Th>
            <span className="sr-only">Action</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr key={`${job.queue}-${job.id}`}>
            <Td>
              <span className="font-medium">{job.name}</span>{" "}
              <span className="text-xs text-slate-500">({job.queue})</span>
              {job.articleId && (
                <Link
                  href={`/articles/${job.articleId}`}
                  className="block text-xs text-blue-700 hover:underline"
                >
                  article {job.articleId.slice(0, 8)}…
                </Link>
              )}
            </Td>
            <Td className="max-w-xl text-sm text-red-800">{job.failedReason || "—"}</Td>
            <Td numeric>{job.attemptsMade}</Td>
            <Td className="whitespace-nowrap text-xs text-slate-500">{formatAgo(job.failedAt, now)}</Td>
            <Td className="text-right">{canEdit && <RetryButton queue={job.queue} jobId={job.id} />}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
