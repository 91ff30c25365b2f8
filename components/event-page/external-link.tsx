import type { AnchorHTMLAttributes } from "react";

export function isExternalUrl(href: string | undefined): boolean {
  return Boolean(href && /^https?:\/\//i.test(href));
}

/** Links that leave Chronicle hand it neither the opener nor the referrer. */
export function ExternalLink({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return isExternalUrl(href) ? (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
      <span aria-hidden="true"> ↗</span>
    </a>
  ) : (
    <a href={href} {...rest}>{children}</a>
  );
}
