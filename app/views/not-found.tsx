import Link from "next/link";

export default function SavedViewNotFound() {
  return (
    <>
      <h1>Saved view not found</h1>
      <p>There is no saved view at this address, or its owner has not shared it. If it is yours, sign in to open it.</p>
      <p><Link href="/views">Your saved views</Link> · <Link href="/">Timeline</Link></p>
    </>
  );
}
