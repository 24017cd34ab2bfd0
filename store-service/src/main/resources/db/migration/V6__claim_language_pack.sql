-- Whether extract-engine read a claim with a language pack (ClaimExtracted.languagePack): false tells "attributed to
-- the author" apart from "attribution cannot be read in this language". Null for claims stored before it was sent.
ALTER TABLE claim ADD COLUMN language_pack boolean;
