// Admins only: a 403 for editors and reviewers, decided before the page streams.
export { default } from "@/components/admin/admin-only-layout";
