-- Views for the common joins; applied after schema.sql on every writable open (idempotent).

-- Every model with its finding (NULL columns when not processed yet).
CREATE OR REPLACE VIEW models_with_findings AS
SELECT m.platform, m.model_id, m.url, m.name, m.type, m.creator, m.created_at, m.base_model,
       m.nsfw, m.poi, m.minor, m.downloads, m.status, m.first_seen, m.last_seen, m.removed_at,
       f.likeness, f.likeness_score, f.target_key, f.target_name, f.target_gender, f.prominence,
       f.sexual_intent, f.minor_risk, f.violations, f.detector_version
FROM models m LEFT JOIN findings f USING (platform, model_id);
COMMENT ON VIEW models_with_findings IS 'Every model with its finding (NULL finding columns when not processed). Holds names: not for publication.';

-- Likeness models grouped by target: how many models and downloads each person has.
CREATE OR REPLACE VIEW likeness_with_targets AS
SELECT f.target_key, any_value(f.target_name) AS target_name,
       any_value(f.target_gender) AS target_gender, any_value(f.prominence) AS prominence,
       count(*) AS models, coalesce(sum(m.downloads), 0) AS downloads,
       count(*) FILTER (WHERE f.sexual_intent) AS sexual_intent_models,
       count(*) FILTER (WHERE f.minor_risk) AS minor_risk_models,
       count(m.removed_at) AS removed_models,
       list(DISTINCT f.platform ORDER BY f.platform) AS platforms
FROM findings f LEFT JOIN models m USING (platform, model_id)
WHERE f.likeness AND f.target_key IS NOT NULL
GROUP BY f.target_key;
COMMENT ON VIEW likeness_with_targets IS 'One row per targeted person: likeness models, downloads, sexual-intent, minor-risk and removed models. Holds names: not for publication.';
