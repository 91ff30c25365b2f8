import type { EventFormInput } from "@/lib/schemas/event-input";

/** A new event's form: a draft, dated to the day, with nothing else filled in. */
export const EMPTY_EVENT_VALUES: EventFormInput = {
  title: "",
  slug: "",
  summary: "",
  body: "",
  start: { precision: "day", value: "" },
  end: { precision: "none", value: "" },
  approximate: false,
  timeZone: "",
  dateLabel: "",
  importance: 3,
  status: "draft",
  parentId: null,
  topicIds: [],
  actorIds: [],
  countryCodes: [],
  sources: [],
  relations: [],
};
