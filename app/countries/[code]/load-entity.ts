import { cache } from "react";
import { getCountry } from "@/lib/queries/entities/get-entity";

/** One lookup per request, shared by the layout's 404 check, the metadata and the page. */
export const loadEntity = cache(getCountry);
