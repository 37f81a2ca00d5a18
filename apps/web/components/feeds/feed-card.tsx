// Where a theme's or a saved search's Atom and JSON feeds live, and what a reader needs to read
// them (a read token).
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";

/** `base`: the feed path without its format, e.g. /api/feeds/themes/<id>. */
export function FeedCard({ base }: { base: string }) {
  return (
    <Card>
      <CardHeader
        title="Feeds"
        description="Subscribe in any feed reader: the newest matching articles with the sentence that matched."
      />
      <div className="space-y-2 px-4 pb-4 text-sm text-slate-700">
        <p>
          Atom: <code className="break-all">{`${base}/atom?token=…`}</code>
          <br />
          JSON Feed: <code className="break-all">{`${base}/json?token=…`}</code>
        </p>
        <p className="text-slate-600">
          Replace <code>…</code> with a <strong>read</strong>-scoped API token from{" "}
          <Link href="/settings" className="text-blue-700 underline">
            Settings
          </Link>
          ; revoking the token stops the feed.
        </p>
      </div>
    </Card>
  );
}
