import type { Prisma } from "@/lib/db/client";
import type { ImportRow } from "@/lib/import/import-row";
import { foldForSlug, slugify } from "@/lib/schemas/slugify";

/** The folded form a topic or actor name is looked up by: "Diplomacy", " diplomacy" and "DIPLOMACY" are one. */
export const referenceKey = (name: string) => foldForSlug(name.trim()).replace(/\s+/g, " ");

/**
 * The topics, actors and countries an import's rows name, resolved as the chunks arrive and remembered for the
 * rest of the file. A topic or actor no event has yet is created inside the import's transaction (so it is gone
 * again if the import is refused) and listed as new. Countries are a fixed list, read once.
 */
export class ImportNames {
  readonly topicIds = new Map<string, number>();
  readonly actorIds = new Map<string, number>();
  readonly newTopics: string[] = [];
  readonly newActors: string[] = [];
  private countries: Set<string> | null = null;

  constructor(private readonly tx: Prisma.TransactionClient) {}

  /** Every topic and actor the rows name now has an id (names are slugs or names: "trade-policy", "Trade policy"). */
  async resolve(rows: readonly ImportRow[]): Promise<void> {
    await this.resolveKind(rows.flatMap((row) => row.values.topics), "topic");
    await this.resolveKind(rows.flatMap((row) => row.values.actors), "actor");
  }

  async countryCodes(): Promise<Set<string>> {
    this.countries ??= new Set((await this.tx.country.findMany({ select: { code: true } })).map((country) => country.code));
    return this.countries;
  }

  private async resolveKind(names: string[], kind: "topic" | "actor"): Promise<void> {
    const ids = kind === "topic" ? this.topicIds : this.actorIds;
    const wanted = new Map<string, string>();
    for (const name of names) {
      const key = referenceKey(name);
      if (!ids.has(key) && !wanted.has(key)) wanted.set(key, name.trim());
    }
    if (wanted.size === 0) return;
    const slugs = [...wanted.values()].map(slugify);
    const found =
      kind === "topic"
        ? await this.tx.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })
        : await this.tx.actor.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    const bySlug = new Map(found.map((row) => [row.slug, row.id]));
    for (const [key, name] of wanted) {
      const slug = slugify(name);
      let id = bySlug.get(slug);
      if (id === undefined) {
        const created =
          kind === "topic"
            ? await this.tx.topic.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } })
            : await this.tx.actor.upsert({ where: { slug }, create: { slug, name, kind: "other" }, update: {}, select: { id: true } });
        id = created.id;
        bySlug.set(slug, id);
        (kind === "topic" ? this.newTopics : this.newActors).push(name);
      }
      ids.set(key, id);
    }
  }
}
