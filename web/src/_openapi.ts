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
    "/api/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Followed sources (last poll, last success, items and events added, last error) and the latest alerts */
        get: operations["getSources"];
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
        /** @description A balance alert as the watcher saw it appear (see src/watch/_alerts.ts). */
        AlertRecord: {
            /** @description focal|period|vector|kind: an alert is new once. */
            key: string;
            focal: string;
            period: null | string;
            vector: string;
            kind: string;
            share: number;
            previous: null | number;
            message: string;
            /** @description When it first appeared (ISO 8601 UTC; set by the store). */
            first_seen?: string;
            /** @description What became of sending it to the webhook ("sent 204", "failed: …"), or null (no webhook). */
            delivery: null | string;
        };
        amount_number_currency_string: {
            amount: number;
            currency: string;
        };
        BalanceAlert: {
            /** @description Period label, or null for the whole window. */
            period: null | string;
            vector: string;
            /** @enum {string} */
            kind: "jump" | "share";
            share: number;
            previous: null | number;
            message: string;
        };
        BalancePeriod: {
            period: string;
            /** @description Weighted metric total of the period (event–vector pairs, or USD). */
            total: number;
            /**
             * @description The pairs the period's shares and indices rest on (unweighted): happening–vector pairs in the chosen direction, or
             *     with metric usd the pairs whose money is in the shares (deals).
             */
            events: number;
            /** @description True when `events` is under the result's `low_count`: shares on so few events say little (charts grey them). */
            lowCount: boolean;
            /** @description vector id -> event–vector pairs. */
            counts: components["schemas"]["Record_string_number"];
            /** @description Distinct documents and sources behind the period's counts (see CoverageRow in store/measures.ts). */
            documents: number;
            sources: number;
            /** @description vector id -> documents and sources behind that vector's count in the period. */
            coverage: components["schemas"]["Record_string_Coverage"];
            /** @description vector id -> share (null when the period is empty) and raw metric. */
            shares: components["schemas"]["Record_string_number_null"];
            values: components["schemas"]["Record_string_number"];
            /** @description Against the previous period of the series; null for the first one. */
            change: {
                entropy: null | number;
                hhi: null | number;
                shares: components["schemas"]["Record_string_number_null"];
            } | null;
            alerts: components["schemas"]["BalanceAlert"][];
            /** @description Normalised Shannon entropy of the shares over all vectors: 0 = one vector, 1 = even. */
            entropy: null | number;
            /** @description Herfindahl–Hirschman index (sum of squared shares) and its normalised form (0 even .. 1 one vector). */
            hhi: null | number;
            hhi_normalised: null | number;
            /** @description Largest share / second largest; null when only one vector has any, or when the top is tied. */
            dominance: null | number;
            /** @description The vector with the largest share (null when nothing, or when the top is tied). */
            dominant: null | string;
            /** @description The vectors tied at the top (two or more), else empty. */
            tied: string[];
        };
        BalanceResponse: {
            /** @constant */
            measure: "balance";
            direction: components["schemas"]["Direction"];
            /** @enum {string} */
            metric: "events" | "usd";
            granularity: components["schemas"]["Granularity"];
            vector_set: string;
            total: {
                /** @description Normalised Shannon entropy of the shares over all vectors: 0 = one vector, 1 = even. */
                entropy: null | number;
                /** @description Herfindahl–Hirschman index (sum of squared shares) and its normalised form (0 even .. 1 one vector). */
                hhi: null | number;
                hhi_normalised: null | number;
                /** @description Largest share / second largest; null when only one vector has any, or when the top is tied. */
                dominance: null | number;
                /** @description The vector with the largest share (null when nothing, or when the top is tied). */
                dominant: null | string;
                /** @description The vectors tied at the top (two or more), else empty. */
                tied: string[];
                /** @description Focal events in the window (each once) and those with at least one partner. */
                focal_events: number;
                with_partner: number;
                /** @description Event–partner pairs no vector takes (only when the set has no rest vector). */
                unassigned: number;
                /** @description Event–vector pairs in the chosen direction over the window: the count behind the total shares and indices. */
                events: number;
                /** @description Distinct documents and sources behind the window's counts (see CoverageRow in store/measures.ts). */
                documents: number;
                sources: number;
                vectors: components["schemas"]["VectorEngagement"][];
            };
            series: components["schemas"]["BalancePeriod"][];
            /** @description Beside the series: dated too imprecisely for its periods ("2023" in a monthly series), and undated. */
            imprecise: components["schemas"]["OutsideSeries"];
            undated: components["schemas"]["OutsideSeries"];
            /** @description The minimum count under which a period is flagged `lowCount`. */
            low_count: number;
            alerts: components["schemas"]["BalanceAlert"][];
            focal: string;
            filter: components["schemas"]["MeasureFilter"];
        };
        BalanceResult: {
            /** @constant */
            measure: "balance";
            direction: components["schemas"]["Direction"];
            /** @enum {string} */
            metric: "events" | "usd";
            granularity: components["schemas"]["Granularity"];
            vector_set: string;
            total: {
                /** @description Normalised Shannon entropy of the shares over all vectors: 0 = one vector, 1 = even. */
                entropy: null | number;
                /** @description Herfindahl–Hirschman index (sum of squared shares) and its normalised form (0 even .. 1 one vector). */
                hhi: null | number;
                hhi_normalised: null | number;
                /** @description Largest share / second largest; null when only one vector has any, or when the top is tied. */
                dominance: null | number;
                /** @description The vector with the largest share (null when nothing, or when the top is tied). */
                dominant: null | string;
                /** @description The vectors tied at the top (two or more), else empty. */
                tied: string[];
                /** @description Focal events in the window (each once) and those with at least one partner. */
                focal_events: number;
                with_partner: number;
                /** @description Event–partner pairs no vector takes (only when the set has no rest vector). */
                unassigned: number;
                /** @description Event–vector pairs in the chosen direction over the window: the count behind the total shares and indices. */
                events: number;
                /** @description Distinct documents and sources behind the window's counts (see CoverageRow in store/measures.ts). */
                documents: number;
                sources: number;
                vectors: components["schemas"]["VectorEngagement"][];
            };
            series: components["schemas"]["BalancePeriod"][];
            /** @description Beside the series: dated too imprecisely for its periods ("2023" in a monthly series), and undated. */
            imprecise: components["schemas"]["OutsideSeries"];
            undated: components["schemas"]["OutsideSeries"];
            /** @description The minimum count under which a period is flagged `lowCount`. */
            low_count: number;
            alerts: components["schemas"]["BalanceAlert"][];
            focal: string;
            filter: components["schemas"]["MeasureFilter"];
        };
        BriefDataResponse: {
            focal: string;
            focalName: string;
            /** @description The dyad partner: the one asked for, else the top partner of the window (null when there is none). */
            partner: null | string;
            partnerName: null | string;
            partnerGiven: boolean;
            /** @description The vector the partner belongs to (its colour in a dyad brief's balance), null without a partner. */
            partnerVector: null | string;
            window: components["schemas"]["Window"];
            /** @description The previous period of equal length; null when there is no bound to measure it from, or the data do not reach it. */
            previous: components["schemas"]["Window"] | null;
            /** @description Where the bulk of the focal country's happenings lie (the default bounds of the window). */
            span: components["schemas"]["Span"];
            /** @description How the window was chosen and what it leaves out, in words (empty when both bounds were given and nothing is said). */
            windowNote: string;
            /** @description Why nothing is compared (null when the previous period is). */
            noPrevious: null | string;
            granularity: components["schemas"]["Granularity"];
            generatedAt: string;
            headline: components["schemas"]["HeadlineResult"];
            previousHeadline: components["schemas"]["HeadlineResult"] | null;
            balance: components["schemas"]["BalanceResult"];
            dyad: components["schemas"]["DyadResult"] | null;
            previousDyad: components["schemas"]["DyadResult"] | null;
            topPartners: components["schemas"]["PartnerEngagement"][];
            deals: components["schemas"]["DealsResult"];
            /** @description A dyad brief's deals in the previous period (null otherwise). */
            previousDeals: components["schemas"]["DealsResult"] | null;
            notable: components["schemas"]["StoredEvent"][];
            /** @description Further happenings coded from a listed event's sentence, by the listed event's id (listed with it, not apart). */
            alsoCoded: components["schemas"]["Record_string_StoredEvent"];
            /** @description The next notable events (at most 24 more), listed in a PDF when its second page has room for them. */
            more: components["schemas"]["StoredEvent"][];
            /** @description Sentences on what changed against the previous period. */
            changes: string[];
        };
        BrokerageNode: {
            code: string;
            rank: number;
            /** @description Normalised betweenness centrality (0..1) in the co-participation network. */
            betweenness: number;
            degree: number;
            /** @description Sum of co-participation counts. */
            strength: number;
        };
        BrokerageResponse: {
            /** @constant */
            measure: "brokerage";
            nodes: number;
            edges: number;
            /** @description The focal country's place; null when it takes part in no co-participation. */
            position: components["schemas"]["BrokerageNode"] | null;
            top: components["schemas"]["BrokerageNode"][];
            /** @description What it was computed on: all filtered events (every focal country alike), their origins and dates. */
            data: {
                events: number;
                network_events: number;
                first: null | string;
                last: null | string;
                origins: {
                    origin: string;
                    events: number;
                }[];
            };
            /**
             * @description Set when one country takes part in more than `threshold` of those events: the corpus is centred on it, so
             *     its (and its neighbours') betweenness is high by construction.
             */
            centred: {
                code: string;
                name: null | string;
                share: number;
                events: number;
                threshold: number;
            } | null;
            /** @description The centring warning in words (null when there is none). */
            warning: null | string;
            focal: string;
            filter: components["schemas"]["MeasureFilter"];
        };
        CompareResponse: {
            /** @constant */
            measure: "compare";
            focals: string[];
            filter: components["schemas"]["MeasureFilter"];
            direction: components["schemas"]["Direction"];
            vector_set: string;
            vectors: {
                id: string;
                label: string;
            }[];
            rows: components["schemas"]["CompareRow"][];
        };
        CompareRow: {
            focal: string;
            focal_events: number;
            shares: components["schemas"]["Record_string_number_null"];
            /** @description Event–vector pairs behind each share. */
            counts: components["schemas"]["Record_string_number"];
            brokerage: {
                rank: number;
                betweenness: number;
            } | null;
            visits: {
                inbound: number;
                outbound: number;
                reciprocity: null | number;
            };
            /** @description Normalised Shannon entropy of the shares over all vectors: 0 = one vector, 1 = even. */
            entropy: null | number;
            /** @description Herfindahl–Hirschman index (sum of squared shares) and its normalised form (0 even .. 1 one vector). */
            hhi: null | number;
            hhi_normalised: null | number;
            /** @description Largest share / second largest; null when only one vector has any, or when the top is tied. */
            dominance: null | number;
            /** @description The vector with the largest share (null when nothing, or when the top is tied). */
            dominant: null | string;
            /** @description The vectors tied at the top (two or more), else empty. */
            tied: string[];
        };
        ConveningResponse: {
            /** @constant */
            measure: "convening";
            /** @description CONSULT multilateral located in the focal country. */
            summits: components["schemas"]["HostedResult"];
            /** @description CONSULT third-party with the focal country as recipient (mediator or host). */
            mediation: components["schemas"]["HostedResult"];
            focal: string;
            filter: components["schemas"]["MeasureFilter"];
        };
        /** @description Distinct documents and sources behind a count. */
        Coverage: {
            documents: number;
            sources: number;
        };
        DealsResponse: components["schemas"]["DealsResult"];
        DealsResult: {
            /** @constant */
            measure: "deals";
            rates_source: string;
            total_usd: number;
            events: number;
            /** @description Money that could not be converted: by currency, with why. Never dropped. */
            unconverted: {
                currency: string;
                amount: number;
                events: number;
                reason: string;
            }[];
            by_partner: {
                partner: string;
                usd: number;
                events: number;
                unconverted_events: number;
            }[];
            by_year: {
                year: null | number;
                usd: number;
                events: number;
                unconverted_events: number;
            }[];
            by_context: {
                context: null | string;
                usd: number;
                events: number;
                unconverted_events: number;
            }[];
            focal: string;
            filter: components["schemas"]["MeasureFilter"];
        };
        /** @enum {string} */
        Direction: "both" | "in" | "out";
        DocumentRecord: {
            id: string;
            title: null | string;
            url: null | string;
            /** @description Publication date, YYYY-MM-DD. */
            date: null | string;
            lang: null | string;
            /** @description sha-256 of the text (see ids.ts contentHash). */
            content_hash: string;
            /** @description Where it came from ("file:line"). */
            source: null | string;
            /**
             * @description The text of a document stored unread (in a language the coder does not read yet), kept so `recode` can code it
             *     once its language becomes readable; absent or null for a coded document.
             */
            unread_text?: null | string;
        };
        DocumentResponse: {
            document: components["schemas"]["DocumentSummary"] | components["schemas"]["DocumentRecord"];
            events: components["schemas"]["StoredEvent"][];
        };
        DocumentsPage: {
            total: number;
            limit: number;
            offset: number;
            documents: components["schemas"]["DocumentSummary"][];
        };
        DocumentSummary: {
            /** @description Events stored for the document (all origins and review statuses). */
            events: number;
            /** @description When the document was stored, ISO 8601 UTC. */
            ingested_at: string;
            id: string;
            title: null | string;
            url: null | string;
            /** @description Publication date, YYYY-MM-DD. */
            date: null | string;
            lang: null | string;
            /** @description sha-256 of the text (see ids.ts contentHash). */
            content_hash: string;
            /** @description Where it came from ("file:line"). */
            source: null | string;
            /**
             * @description The text of a document stored unread (in a language the coder does not read yet), kept so `recode` can code it
             *     once its language becomes readable; absent or null for a coded document.
             */
            unread_text?: null | string;
        };
        DyadResponse: components["schemas"]["DyadResult"];
        DyadResult: {
            /** @constant */
            measure: "dyad";
            partner: string;
            granularity: components["schemas"]["Granularity"];
            total: {
                events: number;
                events_out: number;
                events_in: number;
                /** @description Distinct documents and sources behind the window's dyad events (see CoverageRow in store/measures.ts). */
                documents: number;
                sources: number;
                mean_score: null | number;
                quad: components["schemas"]["QuadCounts"];
                index: null | number;
                /** @description The index smoothed toward the focal country's tone, with its interval. */
                warmth: components["schemas"]["WarmthEstimate"];
            };
            warmth_prior: components["schemas"]["WarmthPrior"];
            series: components["schemas"]["WarmthPeriod"][];
            /** @description Dyad events beside the series: dated too imprecisely for its periods, and undated (both in `total`). */
            imprecise: number;
            undated: number;
            /** @description Documents and sources behind the imprecise and undated dyad events. */
            imprecise_coverage: components["schemas"]["Coverage"];
            undated_coverage: components["schemas"]["Coverage"];
            low_count: number;
            visits: components["schemas"]["VisitsPartner"];
            focal: string;
            filter: components["schemas"]["MeasureFilter"];
        };
        EntitiesResponse: {
            total: number;
            entities: components["schemas"]["Entity"][];
        };
        Entity: {
            code: string;
            name: string;
            kind: components["schemas"]["EntityKind"];
        };
        /** @enum {string} */
        EntityKind: "generic" | "igo" | "state";
        EventResponse: {
            event: components["schemas"]["StoredEvent"];
            review_log: components["schemas"]["ReviewEntry"][];
        };
        /** @enum {string} */
        EventSort: "-date" | "confidence" | "date" | "stored" | "type";
        EventsPage: {
            total: number;
            limit: number;
            offset: number;
            sort: components["schemas"]["EventSort"];
            events: components["schemas"]["StoredEvent"][];
        };
        /** @enum {string} */
        EventType: "ACCUSE" | "AGREE" | "AID" | "ASSAULT" | "COERCE" | "CONCEDE" | "CONSULT" | "COOPERATE" | "MOBILIZE" | "PROTEST" | "REJECT" | "REQUEST" | "RETREAT" | "SANCTION" | "SUPPORT" | "THREATEN";
        /** @enum {string} */
        Granularity: "month" | "quarter" | "year";
        /** @description A happening: what its representative report says, and every report of it. */
        Happening: {
            /** @description The representative report's id (see happenings.ts for how it is chosen). */
            id: string;
            event_type: components["schemas"]["EventType"];
            mode: null | string;
            actor: string[];
            recipient: string[];
            /** @description The representative date: the most precise report date, earliest among equally precise. */
            date: null | string;
            location: null | string;
            reports: components["schemas"]["HappeningReport"][];
            /** @description Distinct sources of its reports. */
            sources: string[];
            first_reported: null | string;
            last_reported: null | string;
        };
        /** @description One report of a happening. */
        HappeningReport: {
            id: string;
            doc: string;
            origin: components["schemas"]["Origin"];
            /** @description The event date the report gives, at its precision. */
            date: null | string;
            /** @description When it was reported: its document's date, else (datasets) its event date. */
            reported: null | string;
            text: string;
            /** @description Where to read it: the event's source URL, else its document's URL, else the document id. */
            source: string;
            review_status: components["schemas"]["ReviewStatus"];
        };
        HappeningResponse: {
            happening: components["schemas"]["Happening"];
        };
        /** @enum {string} */
        HappeningSort: "-date" | "reports";
        HappeningsPage: {
            total: number;
            limit: number;
            offset: number;
            sort: components["schemas"]["HappeningSort"];
            happenings: components["schemas"]["Happening"][];
        };
        HeadlineResponse: components["schemas"]["HeadlineResult"];
        HeadlineResult: {
            /** @constant */
            measure: "headline";
            focal: string;
            name: null | string;
            filter: components["schemas"]["MeasureFilter"];
            /** @description Focal events in the window (each once). */
            events: number;
            /** @description Partners with at least one event. */
            partners: number;
            /** @description Null when there is none or when several partners are tied at the top (listed in `top_partner_tie`). */
            top_partner: {
                partner: string;
                name: null | string;
                events: number;
                share: null | number;
            } | null;
            top_partner_tie: {
                partner: string;
                name: null | string;
                events: number;
                share: null | number;
            }[];
            /** @description Normalised entropy of the vector shares (0 one vector .. 1 even). */
            entropy: null | number;
            hhi_normalised: null | number;
            /** @description Null when there is none or when several vectors are tied at the top (listed in `dominant_tie`). */
            dominant: {
                vector: string;
                label: string;
                share: null | number;
                events: number;
            } | null;
            dominant_tie: {
                vector: string;
                label: string;
                share: null | number;
                events: number;
            }[];
            deals_usd: number;
            deal_events: number;
            summits_hosted: number;
            mediation_hosted: number;
            visits: {
                inbound: number;
                outbound: number;
                reciprocity: null | number;
            };
        };
        HealthResponse: {
            /** @constant */
            status: "ok";
            version: string;
            engine: string;
            events: number;
            documents: number;
            cache: {
                entries: number;
                hits: number;
                misses: number;
            };
            /** @description Ingest requests being coded and waiting for a worker. */
            coding: {
                running: number;
                waiting: number;
            };
            /** @description Ingest requests in each step now: coding (or waiting for a worker), storing, and answering (read back and sent). */
            ingest: {
                coding: number;
                storing: number;
                answering: number;
            };
        };
        HostedResult: {
            total: number;
            /** @description Per period of the series (events precise enough for it), or one row with period null without a series. */
            byPeriod: {
                period: null | string;
                events: number;
            }[];
            /** @description With a series: events in `total` too imprecise for its periods, and undated ones. */
            imprecise: number;
            undated: number;
            /** @description Most recent first, at most `limit`. */
            events: components["schemas"]["ListedEvent"][];
        };
        ImportProblem: {
            /** @description The file (or `archive.zip/entry`) holding the row. */
            file?: string;
            line: null | number;
            field?: string;
            reason: string;
        };
        ImportResponse: {
            /** @description The file's name as given (`?name=`), or "upload". */
            file: string;
            ms: number;
            rows: number;
            added: number;
            duplicates: number;
            unmapped: number;
            malformed: number;
            problems: components["schemas"]["ImportProblem"][];
            /** @description Zip entries not imported, with why. */
            skipped: {
                file: string;
                reason: string;
            }[];
        };
        /** @description A line or document of the body that could not be read or coded (the others were stored). */
        IngestProblem: {
            field?: string;
            line?: number;
            message: string;
        };
        IngestResponse: {
            /** @description Each document with its language (detected, or as given with `lang`) and whether the coder reads it. */
            documents: {
                id: string;
                /** @enum {string} */
                status: "added" | "replaced" | "unchanged";
                lang: null | string;
                readable: boolean;
                events: components["schemas"]["StoredEvent"][];
                /**
                 * @description Set when another request stored the document again before its events were all read: those listed are this request's version's, the rest are left out.
                 * @constant
                 */
                superseded?: true;
            }[];
            events: number;
            /** @description The first 100 problems; `more_problems` counts the rest. */
            problems: components["schemas"]["IngestProblem"][];
            more_problems?: number;
            /** @description Documents per language code ("und" when none could be told). */
            languages: components["schemas"]["Record_string_number"];
            /** @description How many documents are in a language the coder cannot read yet (stored, with no events). */
            unreadable: number;
            unreadable_documents: {
                id: string;
                lang: null | string;
            }[];
        };
        /** @description An event listed by a measure (summits hosted, mediation). */
        ListedEvent: {
            id: string;
            date: null | string;
            event_type: components["schemas"]["EventType"];
            mode: null | string;
            actor: string[];
            recipient: string[];
            location: null | string;
            text: string;
            origin: components["schemas"]["Origin"];
        };
        /** @description Filters of every measure. `reviewStatuses` defaults to everything but 'rejected'. */
        MeasureFilter: {
            /** @description YYYY, YYYY-MM or YYYY-MM-DD, inclusive. */
            from?: string;
            to?: string;
            types?: ("ACCUSE" | "AGREE" | "AID" | "ASSAULT" | "COERCE" | "CONCEDE" | "CONSULT" | "COOPERATE" | "MOBILIZE" | "PROTEST" | "REJECT" | "REQUEST" | "RETREAT" | "SANCTION" | "SUPPORT" | "THREATEN")[];
            origins?: ("coded" | "gdelt" | "icews" | "manual" | "plover")[];
            reviewStatuses?: ("auto" | "confirmed" | "edited" | "rejected")[];
            /**
             * @description Count happenings (default) or reports.
             * @enum {string}
             */
            unit?: "happenings" | "reports";
        };
        /** @enum {string} */
        Origin: "coded" | "gdelt" | "icews" | "manual" | "plover";
        OutsideSeries: {
            /** @description Weighted metric (as a period's `total`) and event–vector pairs. */
            total: number;
            events: number;
            /** @description Distinct documents and sources behind the period's counts (see CoverageRow in store/measures.ts). */
            documents: number;
            sources: number;
            values: components["schemas"]["Record_string_number"];
            counts: components["schemas"]["Record_string_number"];
        };
        PartnerEngagement: {
            partner: string;
            name: null | string;
            vector: null | string;
            events: number;
            events_out: number;
            events_in: number;
            /** @description Share of all event–partner pairs of the focal country in the chosen direction. */
            share: null | number;
            score: number;
            mean_score: null | number;
            coop: number;
            conflict: number;
            usd: number;
            unconverted_events: number;
            /** @description Smoothed warmth with its interval and the pairs behind it (see warmth.ts). */
            warmth: components["schemas"]["WarmthEstimate"];
        };
        PartnersResponse: {
            /** @constant */
            measure: "partners";
            direction: components["schemas"]["Direction"];
            /** @description Event–partner pairs in the chosen direction. */
            pairs: number;
            /** @description The partner with most pairs; null when there is none or the top is tied (then `top_tied` lists them). */
            top: null | string;
            top_tied: string[];
            /** @description What every partner's warmth is shrunk toward: the focal country's cooperation share over all pairs. */
            warmth_prior: components["schemas"]["WarmthPrior"];
            partners: components["schemas"]["PartnerEngagement"][];
            focal: string;
            filter: components["schemas"]["MeasureFilter"];
        };
        QuadCounts: {
            verbal_cooperation: number;
            material_cooperation: number;
            verbal_conflict: number;
            material_conflict: number;
        };
        Record_string_Coverage: {
            [key: string]: components["schemas"]["Coverage"];
        };
        Record_string_number: {
            [key: string]: number;
        };
        Record_string_number_null: {
            [key: string]: number | null;
        };
        Record_string_StoredEvent: {
            [key: string]: components["schemas"]["StoredEvent"];
        };
        ReviewEntry: {
            id: number;
            event_id: string;
            who: string;
            at: string;
            action: string;
            before: unknown;
            after: unknown;
        };
        ReviewResponse: {
            event: components["schemas"]["StoredEvent"];
            log: components["schemas"]["ReviewEntry"];
        };
        /** @enum {string} */
        ReviewStatus: "auto" | "confirmed" | "edited" | "rejected";
        /** @description GET /api/sources: the followed sources' status and the latest alerts. */
        SourcesResponse: {
            /** @description True when this server follows its sources (`serve --watch`); the status is then every configured source's. */
            watching: boolean;
            sources: components["schemas"]["SourceStatus"][];
            alerts: components["schemas"]["AlertRecord"][];
        };
        /** @description A followed source (see src/watch): its conditional-request validators, schedule and what it brought. */
        SourceStatus: {
            name: string;
            url: string;
            type: string;
            /** @description ETag and Last-Modified of its last full answer (sent back as If-None-Match / If-Modified-Since). */
            etag: null | string;
            last_modified: null | string;
            /** @description ISO 8601 UTC instants. */
            last_poll: null | string;
            last_success: null | string;
            next_poll: null | string;
            /** @description Failed polls in a row (the back-off grows with it; 0 after a success). */
            failures: number;
            /** @description Documents (or dataset files) and events it added, all time. */
            items_added: number;
            events_added: number;
            last_error: null | string;
        };
        Span: {
            /** @description First and last month of the run (YYYY-MM); null when no happening is dated to a month. */
            from: null | string;
            to: null | string;
            /** @description Happenings in the run's months, and dated (to a year or a month) before and after it. */
            events: number;
            before: number;
            after: number;
            /** @description The first and last month holding a happening, run or not. */
            first: null | string;
            last: null | string;
        };
        StatsResponse: {
            events: number;
            /** @description Happenings the events report (see happenings.ts); rejected events are happenings of their own. */
            happenings: number;
            documents: number;
            byOrigin: {
                origin: components["schemas"]["Origin"];
                events: number;
            }[];
            byType: {
                event_type: components["schemas"]["EventType"];
                events: number;
            }[];
            /** @description Events by year of their date (null = undated); events with an implausible date are only in `flaggedDates`. */
            byYear: {
                year: null | number;
                events: number;
            }[];
            /** @description Events dated well after their document or in the future: left out of measures (see measures.ts). */
            flaggedDates: number;
            schemaVersion: number;
            /** @description Size of the database on disk, bytes (DuckDB: its files; PostgreSQL: its tables and indexes). */
            bytes: number;
        };
        /** @description An event as stored. */
        StoredEvent: {
            id: string;
            origin: components["schemas"]["Origin"];
            review_status: components["schemas"]["ReviewStatus"];
            /** @description True when the event was reviewed and its document has since changed (kept, to be looked at again). */
            doc_changed: boolean;
            score: number;
            /** @enum {number} */
            quad_class: 1 | 2 | 3 | 4;
            span: {
                start: number;
                end: number;
            } | null;
            /** @description The coder's confidence, 0..1; null for events imported from datasets. */
            confidence: null | number;
            goldstein: null | number;
            num_mentions: null | number;
            num_sources: null | number;
            num_articles: null | number;
            tone: null | number;
            source_url: null | string;
            /** @description The happening this event reports (the id of the happening's representative report; see happenings.ts). */
            happening: null | string;
            /** @description The language of its document, so of its evidence sentence (ISO 639, e.g. "ru"); null when unknown or imported. */
            lang: null | string;
            doc: string;
            sentence: number;
            text: string;
            /** @enum {string} */
            event_type: "ACCUSE" | "AGREE" | "AID" | "ASSAULT" | "COERCE" | "CONCEDE" | "CONSULT" | "COOPERATE" | "MOBILIZE" | "PROTEST" | "REJECT" | "REQUEST" | "RETREAT" | "SANCTION" | "SUPPORT" | "THREATEN";
            mode: null | string;
            context: string[];
            actor: string[];
            recipient: string[];
            date: null | string;
            location: null | string;
            value: components["schemas"]["amount_number_currency_string"] | null;
            cameo: null | string;
        };
        /** @description Engagement of the focal country with one vector over the window. */
        VectorEngagement: {
            vector: string;
            label: string;
            weight: number;
            /** @description Event–vector pairs: an event counts once per vector, in each direction and combined. */
            events: number;
            events_out: number;
            events_in: number;
            /** @description Sum and mean of scores (PLOVER, or Goldstein for imported CAMEO events), combined direction. */
            score: number;
            mean_score: null | number;
            /** @description Pairs of quad class 1–2 and 3–4. */
            coop: number;
            conflict: number;
            usd: number;
            unconverted_events: number;
            /** @description Share of the balance metric (weighted) in the chosen direction; null when nothing at all. */
            share: null | number;
        };
        /** @description Visits one way: by the visitor's level (they add up to `total`), and those the evidence calls state, official or working visits. */
        VisitCounts: {
            unknown: number;
            head: number;
            minister: number;
            other: number;
            total: number;
            state: number;
            official: number;
            working: number;
        };
        VisitsPartner: {
            partner: string;
            inbound: components["schemas"]["VisitCounts"];
            outbound: components["schemas"]["VisitCounts"];
            /** @description min(in, out) / max(in, out); null when no visits either way. */
            reciprocity: null | number;
        };
        VisitsResponse: {
            /** @constant */
            measure: "visits";
            inbound: number;
            outbound: number;
            reciprocity: null | number;
            partners: components["schemas"]["VisitsPartner"][];
            focal: string;
            filter: components["schemas"]["MeasureFilter"];
        };
        WarmthEstimate: {
            /** @description Pairs behind the estimate. */
            events: number;
            /** @description (coop − conflict) / events; null with no events. */
            raw: null | number;
            /** @description Posterior mean on −1..+1 (the prior's value with no events). */
            smoothed: number;
            /** @description The CREDIBLE interval of the smoothed index. */
            low: number;
            high: number;
        };
        WarmthPeriod: {
            period: string;
            /** @description Dyad events (each once) and all focal events of the period. */
            events: number;
            /** @description True when `events` is under the result's `low_count` (the index says little; charts grey it). */
            lowCount: boolean;
            focal_events: number;
            /** @description Distinct documents and sources behind the period's dyad events (see CoverageRow in store/measures.ts). */
            documents: number;
            sources: number;
            mean_score: null | number;
            coop: number;
            conflict: number;
            /** @description (coop − conflict) / dyad events: −1 all conflict .. +1 all cooperation; null when no dyad events. */
            index: null | number;
            /** @description Dyad events / focal events: how much of the focal country's news the dyad takes. */
            volume_share: null | number;
            /** @description (coop − conflict) / focal events: the index weighted by the dyad's share of news, so a busy month is not warm by itself. */
            normalised: null | number;
            /** @description The index smoothed toward the focal country's tone, with its interval (see warmth.ts). */
            warmth: components["schemas"]["WarmthEstimate"];
        };
        /** @description The prior a smoothed warmth is shrunk toward (src/analytics/warmth.ts). */
        WarmthPrior: {
            /** @description The focal country's cooperation share over all its pairs in the window (0.5 when it has none). */
            coop_share: number;
            /** @description Cooperation and conflict pairs it rests on. */
            events: number;
            /** @description Weight of the prior in events. */
            strength: number;
        };
        Window: {
            /** @description Inclusive bounds as the measures take them (YYYY-MM or YYYY-MM-DD). */
            from: string;
            to: string;
            /** @description First day and the day after the last, YYYY-MM-DD. */
            start: string;
            end: string;
            months: null | number;
            days: number;
            /** @description No dated happening to set the window by: the last twelve months, and no filter on the measures. */
            open?: boolean;
        };
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
            /** @description Liveness and store size */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
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
            /** @description Entity codes and names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitiesResponse"];
                };
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
            /** @description Stored documents, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentsPage"];
                };
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
            /** @description One document with its events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
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
            /** @description Search stored events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsPage"];
                };
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
            /** @description One event with its review log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
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
            /** @description Confirm, reject or edit an event (bearer token) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
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
            /** @description Happenings: events reporting the same happening, clustered, with their reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HappeningsPage"];
                };
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
            /** @description One happening with its reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HappeningResponse"];
                };
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
            /** @description Code and store documents (bearer token) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResponse"];
                };
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
            /** @description The file, as an attachment (content-disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                    "application/vnd.apache.parquet": string;
                };
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
            /** @description Multi-vector balance: shares by vector, entropy, HHI, dominance, alerts, per period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceResponse"];
                };
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
                     *       "minEvents": 10,
                     *       "confidence": 0.9
                     *     }
                     */
                    alerts?: {
                        /** @default 0.5 */
                        share?: number;
                        /** @default 0.15 */
                        jump?: number;
                        /** @default 10 */
                        minEvents?: number;
                        /** @default 0.9 */
                        confidence?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Multi-vector balance: shares by vector, entropy, HHI, dominance, alerts, per period, with the vector set of the body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceResponse"];
                };
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
            /** @description Engagement by partner: counts, shares, scores, money */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnersResponse"];
                };
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
                     *       "minEvents": 10,
                     *       "confidence": 0.9
                     *     }
                     */
                    alerts?: {
                        /** @default 0.5 */
                        share?: number;
                        /** @default 0.15 */
                        jump?: number;
                        /** @default 10 */
                        minEvents?: number;
                        /** @default 0.9 */
                        confidence?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Engagement by partner: counts, shares, scores, money, with the vector set of the body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnersResponse"];
                };
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
            /** @description Visits in and out by partner and level, with reciprocity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitsResponse"];
                };
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
            /** @description Warmth of the focal–partner dyad per period, visits both ways (needs partner) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DyadResponse"];
                };
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
            /** @description Money attached to the focal country's events, by partner, year and context, in USD */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealsResponse"];
                };
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
            /** @description Betweenness in the co-participation network, and the top brokers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrokerageResponse"];
                };
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
            /** @description Summits and forums hosted, mediation hosted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConveningResponse"];
                };
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
            /** @description The overview's numbers for a focal country and window */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeadlineResponse"];
                };
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
                     *       "minEvents": 10,
                     *       "confidence": 0.9
                     *     }
                     */
                    alerts?: {
                        /** @default 0.5 */
                        share?: number;
                        /** @default 0.15 */
                        jump?: number;
                        /** @default 10 */
                        minEvents?: number;
                        /** @default 0.9 */
                        confidence?: number;
                    };
                };
            };
        };
        responses: {
            /** @description The overview's numbers for a focal country and window, with the vector set of the body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeadlineResponse"];
                };
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
            /** @description Several focal countries side by side: balance, shares, visits, brokerage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompareResponse"];
                };
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
                     *       "minEvents": 10,
                     *       "confidence": 0.9
                     *     }
                     */
                    alerts?: {
                        /** @default 0.5 */
                        share?: number;
                        /** @default 0.15 */
                        jump?: number;
                        /** @default 10 */
                        minEvents?: number;
                        /** @default 0.9 */
                        confidence?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Compare, with the vector set of the body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompareResponse"];
                };
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
            /** @description The file, as an attachment (content-disposition names it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                    "text/html": string;
                    "application/pdf": string;
                };
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
            /** @description The contents of a brief as JSON (for rendering it elsewhere) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefDataResponse"];
                };
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
            /** @description Counts by origin, event type and year; database size */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSources: {
        parameters: {
            query?: {
                /** @description how many of the latest alerts */
                alerts?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Followed sources (last poll, last success, items and events added, last error) and the latest alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcesResponse"];
                };
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
            /** @description Import a dataset file: GDELT 1.0/2.0 export, ICEWS .tab, PLOVER/POLECAT JSON(L); plain or zipped (bearer token) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
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
