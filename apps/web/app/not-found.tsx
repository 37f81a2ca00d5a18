import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="text-center">
        <h1 className="text-xl font-semibold">Page not found</h1>
        <p className="mt-1 text-sm text-slate-600">
          <Link href="/" className="text-blue-700 underline">
            Go to the overview
          </Link>
        </p>
      </div>
    </main>
  );
}
