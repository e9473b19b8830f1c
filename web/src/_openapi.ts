// Generated from /api/openapi.json by `npm run openapi:types` (openapi-typescript): do not edit.
/* eslint-disable */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and store size */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entity codes and names */
        get: operations["getEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored documents, newest first */
        get: operations["getDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document with its events */
        get: operations["getDocumentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search stored events */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with its review log */
        get: operations["getEventsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm, reject or edit an event (bearer token) */
        post: operations["postEventsByIdReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/happenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Happenings: events reporting the same happening, clustered, with their reports */
        get: operations["getHappenings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/happenings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One happening with its reports */
        get: operations["getHappeningsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Code and store documents (bearer token)
         * @description Body: application/json {id?, date?, title?, text}; text/plain with ?id=&date=&title=; or application/x-ndjson documents, one per line. Returns the coded events of every document, its language, and the documents per language with those in a language the coder cannot read listed.
         */
        post: operations["postIngest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download matching events (csv, jsonl = the spec format, parquet) */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Multi-vector balance: shares by vector, entropy, HHI, dominance, alerts, per period */
        get: operations["getMeasuresBalance"];
        put?: never;
        /** Multi-vector balance: shares by vector, entropy, HHI, dominance, alerts, per period, with the vector set of the body */
        post: operations["postMeasuresBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engagement by partner: counts, shares, scores, money */
        get: operations["getMeasuresPartners"];
        put?: never;
        /** Engagement by partner: counts, shares, scores, money, with the vector set of the body */
        post: operations["postMeasuresPartners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits in and out by partner and level, with reciprocity */
        get: operations["getMeasuresVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/dyad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Warmth of the focal–partner dyad per period, visits both ways (needs partner) */
        get: operations["getMeasuresDyad"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Money attached to the focal country's events, by partner, year and context, in USD */
        get: operations["getMeasuresDeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/brokerage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Betweenness in the co-participation network, and the top brokers */
        get: operations["getMeasuresBrokerage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/convening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Summits and forums hosted, mediation hosted */
        get: operations["getMeasuresConvening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/headline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The overview's numbers for a focal country and window */
        get: operations["getMeasuresHeadline"];
        put?: never;
        /** The overview's numbers for a focal country and window, with the vector set of the body */
        post: operations["postMeasuresHeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Several focal countries side by side: balance, shares, visits, brokerage */
        get: operations["getMeasuresCompare"];
        put?: never;
        /** Compare, with the vector set of the body */
        post: operations["postMeasuresCompare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A two-page brief on a focal country (md, html or pdf download) */
        get: operations["getBrief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/brief/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contents of a brief as JSON (for rendering it elsewhere) */
        get: operations["getBriefData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts by origin, event type and year; database size */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/{dataset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a dataset file: GDELT 1.0/2.0 export, ICEWS .tab, PLOVER/POLECAT JSON(L); plain or zipped (bearer token) */
        post: operations["postImportByDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details; type is urn:multivector:problem:<slug> */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            errors?: {
                field?: string;
                line?: number;
                message: string;
            }[];
            /** @description errors left out of the list */
            more_errors?: number;
        };
    };
    responses: {
        /** @description Invalid parameters or body; `errors` lists each field */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No bearer token (checked before the body is read) */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The bearer token is not valid for this server */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource (document, event, dataset) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the server accepts */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body's content type is not one this operation reads */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limit reached; retry later */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEntities: {
        parameters: {
            query?: {
                /** @description only entities of this kind */
                kind?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDocuments: {
        parameters: {
            query?: {
                /** @description at most 500 */
                limit?: number;
                offset?: number;
                /** @description search in title and id */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEvents: {
        parameters: {
            query?: {
                /** @description an entity taking part (actor or recipient) */
                country?: string;
                /** @description a second entity taking part in the same event */
                partner?: string;
                /** @description events of one document */
                doc?: string;
                /** @description text search in the evidence sentence (case-insensitive) */
                q?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
                /** @description at most 500 */
                limit?: number;
                offset?: number;
                /** @description date (oldest first), -date (newest first), type, confidence (least confident first: the review order), stored (by date, undated last, as `multivector events` lists them) */
                sort?: "date" | "-date" | "type" | "confidence" | "stored";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEventsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postEventsByIdReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "confirm" | "reject" | "edit";
                    /** @description edit: the spec fields to change */
                    changes?: {
                        event_type?: string;
                        mode?: string | null;
                        context?: string[];
                        actor?: string[];
                        recipient?: string[];
                        date?: string | null;
                        location?: string | null;
                        value?: {
                            amount: number;
                            currency: string;
                        } | null;
                    };
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getHappenings: {
        parameters: {
            query?: {
                /** @description an entity taking part (actor or recipient) */
                country?: string;
                /** @description a second entity taking part in the same event */
                partner?: string;
                /** @description events of one document */
                doc?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
                /** @description at most 500 */
                limit?: number;
                offset?: number;
                /** @description only happenings with at least this many reports */
                min_reports?: number;
                /** @description -date (newest first) or reports (most reported first) */
                sort?: "-date" | "reports";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getHappeningsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postIngest: {
        parameters: {
            query?: {
                /** @description text/plain: the document id (default: derived from the text) */
                id?: string;
                /** @description publication date (text/plain, or default for documents without one) */
                date?: string;
                /** @description text/plain: the title */
                title?: string;
                /** @description the language of every document, instead of the one detected from its text */
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description application/json {id?, date?, title?, text}; application/x-ndjson: one document per line; text/plain: one document */
        requestBody: {
            content: {
                "application/json": string | {
                    id?: string;
                    date?: string | null;
                    title?: string | null;
                    url?: string | null;
                    lang?: string | null;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getExport: {
        parameters: {
            query?: {
                /** @description an entity taking part (actor or recipient) */
                country?: string;
                /** @description a second entity taking part in the same event */
                partner?: string;
                /** @description events of one document */
                doc?: string;
                /** @description text search in the evidence sentence (case-insensitive) */
                q?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
                format?: "csv" | "jsonl" | "parquet";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresBalance: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postMeasuresBalance: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    vectors: {
                        id: string;
                        label: string;
                        members?: string[];
                        /** @default false */
                        rest?: boolean;
                        /** @default 1 */
                        weight?: number;
                    }[];
                    /**
                     * @default {
                     *       "share": 0.5,
                     *       "jump": 0.15,
                     *       "minEvents": 10
                     *     }
                     */
                    alerts?: {
                        /** @default 0.5 */
                        share?: number;
                        /** @default 0.15 */
                        jump?: number;
                        /** @default 10 */
                        minEvents?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresPartners: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postMeasuresPartners: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    vectors: {
                        id: string;
                        label: string;
                        members?: string[];
                        /** @default false */
                        rest?: boolean;
                        /** @default 1 */
                        weight?: number;
                    }[];
                    /**
                     * @default {
                     *       "share": 0.5,
                     *       "jump": 0.15,
                     *       "minEvents": 10
                     *     }
                     */
                    alerts?: {
                        /** @default 0.5 */
                        share?: number;
                        /** @default 0.15 */
                        jump?: number;
                        /** @default 10 */
                        minEvents?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresVisits: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresDyad: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresDeals: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresBrokerage: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresConvening: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresHeadline: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postMeasuresHeadline: {
        parameters: {
            query: {
                /** @description the focal country, e.g. KAZ */
                focal: string;
                /** @description dyad, deals, visits, brief: one partner */
                partner?: string;
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    vectors: {
                        id: string;
                        label: string;
                        members?: string[];
                        /** @default false */
                        rest?: boolean;
                        /** @default 1 */
                        weight?: number;
                    }[];
                    /**
                     * @default {
                     *       "share": 0.5,
                     *       "jump": 0.15,
                     *       "minEvents": 10
                     *     }
                     */
                    alerts?: {
                        /** @default 0.5 */
                        share?: number;
                        /** @default 0.15 */
                        jump?: number;
                        /** @default 10 */
                        minEvents?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeasuresCompare: {
        parameters: {
            query: {
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
                /** @description focal countries, comma-separated (KAZ,UZB,TUR) */
                focal: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postMeasuresCompare: {
        parameters: {
            query: {
                /** @description granularity of series (default month; convening: year) */
                by?: "month" | "quarter" | "year";
                /** @description out: the focal country acts; in: it is the target */
                direction?: "out" | "in" | "both";
                /** @description balance: shares of event–vector pairs or of USD */
                metric?: "events" | "usd";
                /** @description brokerage: top brokers listed (default 10) */
                top?: number;
                /** @description partners: at most this many; convening: listed events */
                limit?: number;
                /** @description count happenings (default: reports of one happening count once) or reports (every stored event) */
                unit?: "happenings" | "reports";
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                type?: string | string[];
                /** @description comma-separated, any of: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (at most 50 values) */
                types?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origin?: string | string[];
                /** @description comma-separated, any of: coded, gdelt, icews, plover, manual (at most 50 values) */
                origins?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                status?: string | string[];
                /** @description comma-separated, any of: auto, confirmed, rejected, edited (at most 50 values) */
                statuses?: string | string[];
                /** @description review statuses (default for measures: all but rejected) */
                review?: string | string[];
                /** @description focal countries, comma-separated (KAZ,UZB,TUR) */
                focal: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    vectors: {
                        id: string;
                        label: string;
                        members?: string[];
                        /** @default false */
                        rest?: boolean;
                        /** @default 1 */
                        weight?: number;
                    }[];
                    /**
                     * @default {
                     *       "share": 0.5,
                     *       "jump": 0.15,
                     *       "minEvents": 10
                     *     }
                     */
                    alerts?: {
                        /** @default 0.5 */
                        share?: number;
                        /** @default 0.15 */
                        jump?: number;
                        /** @default 10 */
                        minEvents?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getBrief: {
        parameters: {
            query: {
                focal: string;
                partner?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description granularity of the charts (default quarter, as the dashboard) */
                by?: "month" | "quarter" | "year";
                format?: "md" | "html" | "pdf";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getBriefData: {
        parameters: {
            query: {
                focal: string;
                partner?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                from?: string;
                /** @description YYYY, YYYY-MM or YYYY-MM-DD (inclusive) */
                to?: string;
                /** @description granularity of the charts (default quarter, as the dashboard) */
                by?: "month" | "quarter" | "year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postImportByDataset: {
        parameters: {
            query?: {
                /** @description true: stop at the first malformed row (nothing from the file is stored) */
                strict?: "true" | "false";
                /** @description the file's name, for the answer and its messages */
                name?: string;
            };
            header?: never;
            path: {
                dataset: "gdelt" | "icews" | "plover";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
