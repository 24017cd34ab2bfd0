-- The entity rollup counts per claimant type too, as the claimant rollup does: the entities of claims filtered by
-- claimant type (the explorer's claims page filtered by language and claimant type, /entities?claimantType=) are then
-- added up from it, not counted over every matching claim. Refilled from the claims, as V7 refilled the claimants'.
TRUNCATE entity_rollup;
ALTER TABLE entity_rollup
    DROP CONSTRAINT entity_rollup_pkey,
    ADD COLUMN claimant_type text NOT NULL,
    ADD PRIMARY KEY (normalized, type, claimant_type, language, score_bucket);

INSERT INTO entity_rollup (normalized, type, claimant_type, language, score_bucket, claims)
SELECT x.normalized,
       x.type,
       c.claimant_type,
       c.language,
       claimflow_score_bucket(c.checkworthiness),
       count(DISTINCT c.claim_id)
FROM claim c
JOIN claim_entity x ON x.claim_id = c.claim_id
GROUP BY 1, 2, 3, 4, 5;
