import { prisma } from "@tidemark/db";
import { requireUser } from "@/lib/auth/authenticate";

// The foundation's end-to-end view: articles as Postgres holds them.
export default async function ArticlesPage() {
  await requireUser(); // also makes the page dynamic: the list changes as the worker ingests
  const articles = await prisma.article.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      title: true,
      status: true,
      siteName: true,
      publishedAt: true,
      normalizedUrl: true,
      wordCount: true,
    },
  });
  return (
    <main className="mx-auto max-w-5xl p-8">
      <h1 className="mb-6 text-2xl font-semibold">Articles</h1>
      {articles.length === 0 ? (
        <p className="text-slate-600">
          No articles yet. Add some with <code>pnpm tidemark seed</code>.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {articles.map((a) => (
            <li key={a.id} className="p-4">
              <p className="font-medium">{a.title ?? a.normalizedUrl}</p>
              <p className="text-sm text-slate-600">
                {a.status} · {a.siteName ?? "unknown outlet"} ·{" "}
                {a.publishedAt?.toISOString().slice(0, 10) ?? "undated"} · {a.wordCount ?? 0} words
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
