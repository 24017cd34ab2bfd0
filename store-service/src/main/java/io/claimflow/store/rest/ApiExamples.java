package io.claimflow.store.rest;

/**
 * Examples for the OpenAPI document, taken from a sample document of the kind users feed (an ANTIMEDIA article on a
 * Russian general's accusations), so the API reads as it will be used.
 */
final class ApiExamples {

    static final String CLAIM = """
            {
              "claimId": "5b0e8c3f1d2a4e6b8c9d0a1b2c3d4e5f",
              "documentId": "3f41b1c636b14bb1",
              "ordinal": 1,
              "text": "Surovikin claimed in a briefing that ISIS militants recently made a deal with Kurdish forces \
            to leave two villages located southwest of Raqqa and head toward Palmyra, instead.",
              "span": { "start": 335, "end": 510 },
              "language": "en",
              "checkworthiness": 0.91,
              "claimant": { "name": "Surovikin", "type": "person", "quote": false },
              "cue": "claimed in a briefing",
              "entities": [
                { "text": "ISIS", "type": "organization", "normalized": "Islamic State" },
                { "text": "Kurdish forces", "type": "group", "normalized": "Kurdish forces" },
                { "text": "Raqqa", "type": "location", "normalized": "Raqqa" },
                { "text": "Palmyra", "type": "location", "normalized": "Palmyra" }
              ],
              "quantities": [ { "text": "two", "value": 2.0, "unit": "villages" } ],
              "dates": [],
              "citations": [],
              "extractor": { "name": "claimflow-engine", "version": "1.0.0" },
              "extractedAt": "2026-11-21T12:00:01Z",
              "narrativeId": "5b0e8c3f1d2a4e6b8c9d0a1b2c3d4e5f",
              "factChecks": [
                { "id": "3c9e1f0a7b2d4c68", "url": "https://www.snopes.com/fact-check/raqqa-isis-convoy/",
                  "verdict": "Unproven", "publisher": "Snopes", "score": 0.82,
                  "evidence": { "sameText": false, "entities": [ "Raqqa", "Islamic State" ], "quantities": [],
                                "dates": [], "urls": [], "domains": [], "terms": [ "deal", "leave" ] } }
              ]
            }""";

    /** {@link #CLAIM} as a ClaimReview skeleton: its document's URL, title and date known, the rest to fill. */
    static final String CLAIM_REVIEW = """
            {
              "@context": "https://schema.org",
              "@type": "ClaimReview",
              "creativeWorkStatus": "Draft",
              "claimReviewed": "Surovikin claimed in a briefing that ISIS militants recently made a deal with \
            Kurdish forces to leave two villages located southwest of Raqqa and head toward Palmyra, instead.",
              "inLanguage": "en",
              "itemReviewed": {
                "@type": "Claim",
                "identifier": "5b0e8c3f1d2a4e6b8c9d0a1b2c3d4e5f",
                "sameAs": "http://localhost:8083/claims/5b0e8c3f1d2a4e6b8c9d0a1b2c3d4e5f",
                "inLanguage": "en",
                "author": { "@type": "Person", "name": "Surovikin" },
                "datePublished": "2017-11-13T08:00:00Z",
                "appearance": [ { "@type": "CreativeWork", "url": "https://theantimedia.com/russia-us-isis",
                                  "headline": "Russia Accuses US" } ],
                "firstAppearance": null,
                "mentions": [
                  { "@type": "Organization", "name": "Islamic State" },
                  { "@type": "Thing", "name": "Kurdish forces" },
                  { "@type": "Place", "name": "Raqqa" },
                  { "@type": "Place", "name": "Palmyra" }
                ]
              },
              "reviewRating": { "@type": "Rating", "ratingValue": null, "bestRating": 5, "worstRating": 1,
                                "alternateName": null },
              "author": { "@type": "Organization", "name": null },
              "url": null,
              "datePublished": null
            }""";

    static final String PAGE = "{ \"items\": [ " + CLAIM + " ], "
            + "\"next\": \"http://localhost:8083/claims?entity=Islamic%20State&cursor=bjoxMjM0&limit=20\" }";

    static final String DOCUMENT = """
            {
              "documentId": "3f41b1c636b14bb1",
              "status": "processed",
              "language": "en",
              "claimCount": 1,
              "storedClaims": 1,
              "url": null,
              "title": null,
              "source": "ANTIMEDIA",
              "publishedAt": null,
              "receivedAt": "2026-11-21T12:00:00Z",
              "processedAt": "2026-11-21T12:00:01Z",
              "error": null,
              "text": "(ANTIMEDIA) A Russian general who commands forces in Syria has accused the United States ...",
              "claims": [ """ + CLAIM + """
             ],
              "claimsNext": null
            }""";

    static final String CLAIMANTS = """
            [ { "value": "Surovikin", "type": "person", "claims": 4 },
              { "value": null, "type": "author", "claims": 3 },
              { "value": "Reuters", "type": "media", "claims": 1 } ]""";

    static final String ENTITIES = """
            [ { "value": "Islamic State", "type": "organization", "claims": 6 },
              { "value": "United States", "type": "location", "claims": 5 },
              { "value": "Raqqa", "type": "location", "claims": 3 } ]""";

    static final String FACT_CHECK = """
            {
              "id": "3c9e1f0a7b2d4c68",
              "url": "https://www.snopes.com/fact-check/raqqa-isis-convoy/",
              "claimReviewed": "The U.S.-led coalition let ISIS fighters leave Raqqa under a secret deal.",
              "title": "Did the U.S. Let ISIS Fighters Leave Raqqa?",
              "verdict": "Unproven",
              "publisher": "Snopes",
              "claimant": "Sergei Surovikin",
              "datePublished": "2017-11-16",
              "language": "en",
              "appearances": [ "https://theantimedia.com/russia-us-isis" ],
              "body": "A Russian general accused the United States of letting Islamic State fighters ...",
              "importedAt": "2026-11-21T11:58:00Z",
              "submitter": "desk"
            }""";

    static final String FACT_CHECK_PAGE = "{ \"items\": [ " + FACT_CHECK + " ], "
            + "\"next\": \"http://localhost:8083/factchecks?verdict=unproven&cursor=ZjoxMjM0&limit=20\" }";

    static final String NARRATIVE = """
            {
              "narrativeId": "5b0e8c3f1d2a4e6b8c9d0a1b2c3d4e5f",
              "revision": 7,
              "mergedInto": null,
              "label": { "claimId": "5b0e8c3f1d2a4e6b8c9d0a1b2c3d4e5f", "documentId": "3f41b1c636b14bb1",
                         "text": "The U.S.-led coalition let ISIS fighters leave Raqqa.", "language": "en" },
              "claims": 9,
              "documents": 5,
              "languages": [ "en", "sv" ],
              "sources": [ { "value": "ANTIMEDIA", "claims": 4 }, { "value": "Nyheter Idag", "claims": 3 },
                           { "value": "forum.example.al", "claims": 2 } ],
              "claimants": [ { "value": "Surovikin", "claims": 3 } ],
              "entities": [ { "normalized": "Raqqa", "type": "location", "claims": 8 },
                            { "normalized": "Islamic State", "type": "organization", "claims": 7 } ],
              "firstSeen": "2017-11-13T08:00:00Z",
              "lastSeen": "2017-11-16T19:30:00Z",
              "updatedAt": "2026-11-21T12:00:05Z"
            }""";

    static final String NARRATIVE_PAGE = "{ \"items\": [ " + NARRATIVE + " ], "
            + "\"next\": \"http://localhost:8083/narratives?sort=spread&cursor=TnNwcmVhZDo&limit=20\" }";

    static final String NARRATIVE_DETAILS = "{ \"narrative\": " + NARRATIVE + """
            ,
              "documents": [ { "documentId": "3f41b1c636b14bb1", "url": "https://theantimedia.com/russia-us-isis",
                               "title": "Russia Accuses US", "source": "ANTIMEDIA", "language": "en", "claims": 4 } ],
              "timeline": [ { "day": "2017-11-13", "language": "en", "claims": 4 },
                            { "day": "2017-11-14", "language": "sv", "claims": 3 } ],
              "claims": [ { "claimId": "9a7c...", "documentId": "3f41b1c636b14bb1", "text": "...", "language": "en",
                            "narrativeId": "5b0e8c3f1d2a4e6b8c9d0a1b2c3d4e5f",
                            "links": [ { "claimId": "5b0e8c3f1d2a4e6b8c9d0a1b2c3d4e5f",
                                         "documentId": "3f41b1c636b14bb1",
                                         "score": 0.87, "evidence": { "sameText": false,
                                         "entities": [ "Raqqa", "Islamic State" ], "quantities": [], "dates": [],
                                         "urls": [], "domains": [], "terms": [ "leave", "fighter" ] } } ],
                            "suggestions": [] } ]
            }""";

    private ApiExamples() {}
}
