import Link from "next/link";

export function EntityNotFound({ what, listHref, listLabel }: { what: string; listHref: string; listLabel: string }) {
  return (
    <>
      <h1>{what} not found</h1>
      <p>There is no {what.toLowerCase()} at this address.</p>
      <p><Link href={listHref}>{listLabel}</Link></p>
    </>
  );
}
