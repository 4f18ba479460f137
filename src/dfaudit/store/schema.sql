-- dfaudit store schema. Every statement is idempotent; store.db applies it on open.
CREATE SEQUENCE IF NOT EXISTS run_ids START 1;
CREATE SEQUENCE IF NOT EXISTS page_ids START 1;

-- One crawl or import. A run with status 'running' is resumed by the same command.
CREATE TABLE IF NOT EXISTS runs (
    run_id BIGINT PRIMARY KEY,
    source VARCHAR NOT NULL,          -- civitai | civitai-bounties | huggingface | headers | by-hash
    kind VARCHAR NOT NULL,            -- crawl | import
    params_key VARCHAR NOT NULL,      -- canonical JSON of the parameters that define the stream
    params JSON,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status VARCHAR NOT NULL,          -- running | complete | failed
    census BOOLEAN NOT NULL DEFAULT FALSE,  -- a complete, unfiltered census (removals follow)
    requests BIGINT NOT NULL DEFAULT 0,
    retries BIGINT NOT NULL DEFAULT 0,
    faults BIGINT NOT NULL DEFAULT 0
);

-- Where a stream stands; committed in the same transaction as the page before it.
CREATE TABLE IF NOT EXISTS checkpoints (
    run_id BIGINT NOT NULL,
    stream VARCHAR NOT NULL,
    next_cursor VARCHAR,              -- cursor or next URL; NULL with done = TRUE at the end
    pages BIGINT NOT NULL DEFAULT 0,
    items BIGINT NOT NULL DEFAULT 0,
    done BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, stream)
);

-- Immutable evidence: every page as it came.
CREATE TABLE IF NOT EXISTS raw_pages (
    page_id BIGINT PRIMARY KEY,
    run_id BIGINT NOT NULL,
    stream VARCHAR NOT NULL,
    seq BIGINT NOT NULL,
    request_method VARCHAR NOT NULL,
    request_url VARCHAR NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    status INTEGER NOT NULL,
    body_sha256 VARCHAR NOT NULL,     -- sha256 of the body exactly as it came
    body BLOB NOT NULL,               -- the body as it came, stored per body_encoding
    body_encoding VARCHAR NOT NULL,   -- identity | zlib
    n_items INTEGER NOT NULL
);

-- Latest state of each model. The item's JSON as it came stays in raw_pages (page_id).
CREATE TABLE IF NOT EXISTS models (
    platform VARCHAR NOT NULL,
    model_id VARCHAR NOT NULL,
    url VARCHAR,
    name VARCHAR,
    type VARCHAR,
    creator VARCHAR,
    created_at TIMESTAMPTZ,
    base_model VARCHAR,
    tags VARCHAR[],
    nsfw BOOLEAN,
    nsfw_level INTEGER,
    poi BOOLEAN,
    minor BOOLEAN,
    downloads BIGINT,
    status VARCHAR,
    description VARCHAR,
    trained_words VARCHAR[],
    first_seen TIMESTAMPTZ,
    last_seen TIMESTAMPTZ,
    removed_at TIMESTAMPTZ,
    last_run_id BIGINT,
    raw_sha256 VARCHAR,               -- sha256 of the item's JSON as it came
    page_id BIGINT,                   -- the raw page holding the item as it came (evidence)
    record BLOB,                      -- the normalised ModelRecord, msgpack (a cache)
    record_version INTEGER,           -- normaliser version that wrote record
    PRIMARY KEY (platform, model_id)
);

-- One row per model per run: download counts and status over time.
CREATE TABLE IF NOT EXISTS observations (
    platform VARCHAR NOT NULL,
    model_id VARCHAR NOT NULL,
    run_id BIGINT NOT NULL,
    observed_at TIMESTAMPTZ NOT NULL,
    downloads BIGINT,
    status VARCHAR,
    raw_sha256 VARCHAR,
    PRIMARY KEY (platform, model_id, run_id)
);

CREATE TABLE IF NOT EXISTS files (
    platform VARCHAR NOT NULL,
    model_id VARCHAR NOT NULL,
    version_id VARCHAR,
    file_id VARCHAR NOT NULL,
    name VARCHAR,
    size_bytes BIGINT,
    sha256 VARCHAR,                   -- lower-case hex
    autov2 VARCHAR,
    blake3 VARCHAR,
    download_url VARCHAR,
    format VARCHAR,
    is_primary BOOLEAN,
    file_type VARCHAR,                -- Civitai's file type (Model, VAE, Config, ...); NULL on HF
    PRIMARY KEY (platform, file_id)
);
-- stores written before file_type existed
ALTER TABLE files ADD COLUMN IF NOT EXISTS file_type VARCHAR;

CREATE TABLE IF NOT EXISTS images (
    platform VARCHAR NOT NULL,
    model_id VARCHAR NOT NULL,
    version_id VARCHAR,
    url VARCHAR,
    nsfw_level INTEGER,
    width INTEGER,
    height INTEGER,
    poi BOOLEAN,
    minor BOOLEAN
);

CREATE TABLE IF NOT EXISTS bounties (
    bounty_id VARCHAR PRIMARY KEY,
    url VARCHAR,
    name VARCHAR,
    description VARCHAR,
    type VARCHAR,
    mode VARCHAR,
    nsfw BOOLEAN,
    nsfw_level INTEGER,
    poi BOOLEAN,
    tags VARCHAR[],
    base_model VARCHAR,
    requester VARCHAR,
    starts_at TIMESTAMPTZ,
    expires_at TIMESTAMPTZ,
    complete BOOLEAN,
    unit_amount BIGINT,
    entry_count BIGINT,
    benefactor_count BIGINT,
    first_seen TIMESTAMPTZ,
    last_seen TIMESTAMPTZ,
    last_run_id BIGINT,
    raw_sha256 VARCHAR,
    raw JSON
);

-- safetensors headers read by forensics (never weights).
CREATE TABLE IF NOT EXISTS headers (
    platform VARCHAR NOT NULL,
    file_id VARCHAR NOT NULL,
    url VARCHAR,
    fetched_at TIMESTAMPTZ NOT NULL,
    status VARCHAR NOT NULL,          -- ok | no_metadata | too_large | not_safetensors | error
    header_length BIGINT,
    header_sha256 VARCHAR,
    bytes_read BIGINT,
    requests INTEGER,
    metadata JSON,                    -- the __metadata__ object, as it came
    error VARCHAR,
    PRIMARY KEY (platform, file_id)
);

-- Detection output, one row per model; evidence is a JSON list of hits.
CREATE TABLE IF NOT EXISTS findings (
    platform VARCHAR NOT NULL,
    model_id VARCHAR NOT NULL,
    likeness BOOLEAN NOT NULL,
    likeness_score DOUBLE NOT NULL,
    target_key VARCHAR,               -- canonical normalised name; never published
    target_name VARCHAR,              -- best display form of the name; never published by default
    target_gender VARCHAR,            -- female | male | unknown
    prominence VARCHAR,               -- public_figure | online_creator | private_or_unknown | NULL
    sexual_intent BOOLEAN NOT NULL,
    sexual_intent_score DOUBLE NOT NULL,
    minor_risk BOOLEAN NOT NULL,
    violations VARCHAR[],
    evidence JSON,
    detector_version VARCHAR NOT NULL,
    input_sha256 VARCHAR NOT NULL,    -- what the finding was computed from
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (platform, model_id)
);

CREATE TABLE IF NOT EXISTS bounty_findings (
    bounty_id VARCHAR PRIMARY KEY,
    likeness BOOLEAN NOT NULL,
    likeness_score DOUBLE NOT NULL,
    target_key VARCHAR,
    target_name VARCHAR,
    target_gender VARCHAR,
    prominence VARCHAR,
    sexual_intent BOOLEAN NOT NULL,
    sexual_intent_score DOUBLE NOT NULL,
    minor_risk BOOLEAN NOT NULL,
    violations VARCHAR[],
    evidence JSON,
    detector_version VARCHAR NOT NULL,
    input_sha256 VARCHAR NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL
);

-- Operator lexicons: poi (real people), watchlist, characters.
CREATE TABLE IF NOT EXISTS lexicon_entries (
    kind VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    norm VARCHAR NOT NULL,
    gender VARCHAR,
    source VARCHAR,
    imported_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, norm)
);

-- Cross-platform and same-platform file-hash links (forensics).
CREATE TABLE IF NOT EXISTS reuploads (
    sha256 VARCHAR NOT NULL,
    platform_a VARCHAR NOT NULL,
    model_id_a VARCHAR NOT NULL,
    platform_b VARCHAR NOT NULL,
    model_id_b VARCHAR NOT NULL,
    first_seen_a TIMESTAMPTZ,
    first_seen_b TIMESTAMPTZ,
    PRIMARY KEY (sha256, platform_a, model_id_a, platform_b, model_id_b)
);

-- Hashes seen under many unrelated creators (stock VAEs, configs, shared components): they never
-- make a re-upload link. Recomputed from files and models at every link run (forensics).
CREATE TABLE IF NOT EXISTS common_hashes (
    hash_key VARCHAR PRIMARY KEY,     -- s:<sha256>, else a:<autov2>, else b:<blake3>
    creators INTEGER NOT NULL,        -- distinct creators whose models carry the file
    models INTEGER NOT NULL,
    bundled INTEGER NOT NULL,         -- of those models, how many carry it as a non-model file
    computed_at TIMESTAMPTZ NOT NULL
);

-- Small key/value settings, e.g. the pseudonym key.
CREATE TABLE IF NOT EXISTS settings (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- Hashes asked of Civitai's by-hash endpoint (forensics), so a re-run asks only new ones.
CREATE TABLE IF NOT EXISTS hash_queries (
    sha256 VARCHAR PRIMARY KEY,       -- lower-case hex
    run_id BIGINT NOT NULL,
    queried_at TIMESTAMPTZ NOT NULL,
    found BOOLEAN NOT NULL
);
