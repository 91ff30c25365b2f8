import Link from "next/link";
import type { Viewer } from "@/lib/domain/viewer";

/** What a signed-in reader sees on an editors' page (403). */
export function ForbiddenNotice({ viewer }: { viewer: Viewer }) {
  return (
    <section aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">You can’t edit events (403)</h1>
      <p>
        You are signed in as <strong>{viewer.email ?? viewer.name}</strong> with the <strong>{viewer.role}</strong> role.
        Creating, editing and deleting events needs an editor or admin account.
      </p>
      <p>Ask an admin to change your role, or go back to the <Link href="/">timeline</Link>.</p>
    </section>
  );
}
