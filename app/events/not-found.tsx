import Link from "next/link";

export default function EventNotFound() {
  return (
    <>
      <h1>Event not found</h1>
      <p>There is no event at this address, or it is not published.</p>
      <p><Link href="/events">Browse all events</Link></p>
    </>
  );
}
