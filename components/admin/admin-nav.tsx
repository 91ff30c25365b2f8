import Link from "next/link";
import { canAdminister, type Viewer } from "@/lib/domain/viewer";
import styles from "./admin-nav.module.css";

const EDITOR_LINKS = [
  { href: "/admin", label: "Events" },
  { href: "/admin/review", label: "Review" },
  { href: "/admin/trash", label: "Trash" },
  { href: "/admin/import", label: "Import" },
  { href: "/admin/imports", label: "Imports" },
] as const;

const ADMIN_LINKS = [
  { href: "/admin/users", label: "Accounts" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/settings", label: "Settings" },
] as const;

/** The admin area's own menu: what the viewer's role opens, and nothing else. */
export function AdminNav({ viewer }: { viewer: Viewer }) {
  const links = canAdminister(viewer) ? [...EDITOR_LINKS, ...ADMIN_LINKS] : EDITOR_LINKS;
  return (
    <nav aria-label="Admin" className={styles.nav}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
