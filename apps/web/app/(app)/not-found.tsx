import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

// An article, theme or page that does not exist (deleted, or a mistyped link).
export default function NotFound() {
  return (
    <div className="py-10">
      <EmptyState title="Not found">
        It may have been deleted, or the link is wrong.{" "}
        <Link href="/" className="text-blue-700 underline">
          Back to the overview
        </Link>
      </EmptyState>
    </div>
  );
}
