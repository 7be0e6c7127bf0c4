//! The SQLite schema: the log (`events`, `meta`) and the projections, which can be dropped and
//! refolded from the log at any time.

/// Marks a file as an entente database (`PRAGMA application_id`, "Ente").
pub const APPLICATION_ID: i32 = 0x456e_7465;
/// The layout of the log tables; bumped only with a migration. Version 2 added `tree_head`
/// (a log written at version 2 always has a signed tree head once it has been opened).
pub const LOG_SCHEMA_VERSION: i32 = 2;

pub const LOG_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS events (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    recorded_at  TEXT NOT NULL,
    actor_user   TEXT NOT NULL,
    actor_party  TEXT NOT NULL,
    simulated_at TEXT,
    type         TEXT NOT NULL,
    version      INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    marking      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
) STRICT;

-- The latest signed tree head (the STH of RFC 9162 §4.10, in our own text format): the Merkle root of the first `size`
-- events, signed by the instance key over `entente-tree-head:v1:{size}:{root}:{time}`. Written
-- in the transaction of every batch that appends events; part of the log, not a projection.
CREATE TABLE IF NOT EXISTS tree_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    size      INTEGER NOT NULL,
    root      TEXT NOT NULL,
    time      TEXT NOT NULL,
    signature TEXT NOT NULL
) STRICT;
"#;

/// Bumped when the way events fold into projections changes without a change of their DDL, so
/// that data directories written by an earlier version are refolded at open.
pub const PROJECTION_LOGIC: u32 = 4;

/// Projection tables, in the order they are created. Every table listed here is dropped and
/// refolded by `rebuild`, and compared before and after.
pub const PROJECTIONS: &[(&str, &str)] = &[
    // The dossier each event belongs to (scope.rs): a container's marking bounds its contents.
    (
        "event_scope",
        r#"CREATE TABLE event_scope (
            seq     INTEGER PRIMARY KEY,
            dossier TEXT NOT NULL
        ) STRICT"#,
    ),
    (
        "parties",
        r#"CREATE TABLE parties (
            id      TEXT PRIMARY KEY,
            kind    TEXT NOT NULL,
            name    TEXT NOT NULL,
            seq     INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "dossiers",
        r#"CREATE TABLE dossiers (
            id          TEXT PRIMARY KEY,
            status      TEXT NOT NULL,
            facts       TEXT NOT NULL,
            title_en    TEXT,
            first_seen  TEXT,
            marking     TEXT NOT NULL,
            origin      TEXT NOT NULL,
            author      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            created_seq INTEGER NOT NULL,
            version     INTEGER NOT NULL,
            tlp_rank    INTEGER NOT NULL,
            class_rank  INTEGER NOT NULL,
            open_rel    INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "dossier_history",
        r#"CREATE TABLE dossier_history (
            dossier  TEXT NOT NULL,
            seq      INTEGER NOT NULL,
            at       TEXT NOT NULL,
            actor    TEXT NOT NULL,
            party    TEXT NOT NULL,
            kind     TEXT NOT NULL,
            summary  TEXT NOT NULL,
            PRIMARY KEY (dossier, seq)
        ) STRICT"#,
    ),
    (
        "users",
        r#"CREATE TABLE users (
            user          TEXT PRIMARY KEY,
            party         TEXT NOT NULL,
            roles         TEXT NOT NULL,
            clearance     TEXT,
            password_hash TEXT NOT NULL,
            disabled      INTEGER NOT NULL,
            pending       INTEGER NOT NULL DEFAULT 0,
            must_change   INTEGER NOT NULL DEFAULT 0,
            lang          TEXT,
            clearance_request      TEXT,
            clearance_requested_by TEXT,
            roles_request          TEXT,
            roles_requested_by     TEXT,
            reset_request_hash     TEXT,
            reset_requested_by     TEXT,
            reset_code_hashes      TEXT,
            previous_password_hash TEXT,
            totp_secret       TEXT,
            totp_last_step    INTEGER,
            federated_issuer  TEXT,
            federated_subject TEXT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            seq           INTEGER NOT NULL
        ) STRICT"#,
    ),
    // Recovery codes of the second factor, by SHA-256 (accounts.rs); `used_seq` once spent.
    (
        "recovery_codes",
        r#"CREATE TABLE recovery_codes (
            user      TEXT NOT NULL,
            code_hash TEXT NOT NULL,
            used_seq  INTEGER,
            PRIMARY KEY (user, code_hash)
        ) STRICT"#,
    ),
    // The single sign-on mapping rules (signon_store.rs).
    (
        "signon_rules",
        r#"CREATE TABLE signon_rules (
            id    TEXT PRIMARY KEY,
            party TEXT NOT NULL,
            rule  TEXT NOT NULL,
            seq   INTEGER NOT NULL
        ) STRICT"#,
    ),
    // Sign-on rules an officer proposed, awaiting a second person's approval (R3).
    (
        "signon_proposals",
        r#"CREATE TABLE signon_proposals (
            id          TEXT PRIMARY KEY,
            party       TEXT NOT NULL,
            rule        TEXT NOT NULL,
            proposed_by TEXT NOT NULL,
            seq         INTEGER NOT NULL
        ) STRICT"#,
    ),
    // Witness keys an administrator registered, and the account that posts for each (R12).
    (
        "witness_keys",
        r#"CREATE TABLE witness_keys (
            witness_key TEXT PRIMARY KEY,
            user        TEXT NOT NULL,
            seq         INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "sessions",
        r#"CREATE TABLE sessions (
            session      TEXT PRIMARY KEY,
            user         TEXT NOT NULL,
            opened_at    TEXT NOT NULL,
            expires_at   TEXT NOT NULL,
            closed_at    TEXT,
            close_reason TEXT,
            seq          INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "api_tokens",
        r#"CREATE TABLE api_tokens (
            id         TEXT PRIMARY KEY,
            user       TEXT NOT NULL,
            scope      TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            label      TEXT,
            created_at TEXT NOT NULL,
            revoked_at TEXT,
            seq        INTEGER NOT NULL,
            expires_at TEXT
        ) STRICT"#,
    ),
    // Annex III tables loaded into the instance (population.rs); the shipped ones are in the
    // binary.
    (
        "population_tables",
        r#"CREATE TABLE population_tables (
            seq         INTEGER PRIMARY KEY,
            year        INTEGER NOT NULL,
            body        TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL
        ) STRICT"#,
    ),
    // Procedures, packages, responses and attributions (procedures.rs, attributions.rs).
    (
        "procedures",
        r#"CREATE TABLE procedures (
            id          TEXT PRIMARY KEY,
            dossier     TEXT NOT NULL,
            opened      TEXT NOT NULL,
            deadline    TEXT NOT NULL,
            opened_by   TEXT NOT NULL,
            opened_at   TEXT NOT NULL,
            closed      TEXT,
            created_seq INTEGER NOT NULL,
            seq         INTEGER NOT NULL,
            revision    INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "procedure_positions",
        r#"CREATE TABLE procedure_positions (
            procedure   TEXT NOT NULL,
            party       TEXT NOT NULL,
            position    TEXT NOT NULL,
            declaration TEXT,
            at          TEXT NOT NULL,
            actor       TEXT NOT NULL,
            seq         INTEGER NOT NULL,
            PRIMARY KEY (procedure, party)
        ) STRICT"#,
    ),
    (
        "packages",
        r#"CREATE TABLE packages (
            id          TEXT PRIMARY KEY,
            dossier     TEXT NOT NULL,
            body        TEXT NOT NULL,
            origin      TEXT NOT NULL,
            author      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            seq         INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "responses",
        r#"CREATE TABLE responses (
            procedure   TEXT PRIMARY KEY,
            dossier     TEXT NOT NULL,
            subject     TEXT NOT NULL,
            measures    TEXT NOT NULL,
            rule        TEXT NOT NULL,
            article     TEXT NOT NULL,
            adopted_at  TEXT NOT NULL,
            explanation TEXT NOT NULL,
            historic    INTEGER NOT NULL,
            seq         INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "attributions",
        r#"CREATE TABLE attributions (
            id          TEXT PRIMARY KEY,
            dossier     TEXT NOT NULL,
            body        TEXT NOT NULL,
            marking     TEXT NOT NULL,
            origin      TEXT NOT NULL,
            author      TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            withdrawn   TEXT,
            seq         INTEGER NOT NULL
        ) STRICT"#,
    ),
    // Evidence, assessments and the agreed picture (evidence.rs, assessments.rs; issue 5).
    (
        "evidence",
        r#"CREATE TABLE evidence (
            dossier          TEXT NOT NULL,
            id               TEXT NOT NULL,
            seq              INTEGER NOT NULL,
            item             TEXT NOT NULL,
            marking          TEXT,
            origin           TEXT NOT NULL,
            author           TEXT NOT NULL,
            added_at         TEXT NOT NULL,
            withdrawn_at     TEXT,
            withdrawn_by     TEXT,
            withdrawn_reason TEXT,
            PRIMARY KEY (dossier, id)
        ) STRICT"#,
    ),
    (
        "assessments",
        r#"CREATE TABLE assessments (
            dossier     TEXT NOT NULL,
            party       TEXT NOT NULL,
            version     INTEGER NOT NULL,
            seq         INTEGER NOT NULL,
            recorded_at TEXT NOT NULL,
            author      TEXT NOT NULL,
            marking     TEXT,
            body        TEXT NOT NULL,
            PRIMARY KEY (dossier, party, version)
        ) STRICT"#,
    ),
    (
        "picture_proposals",
        r#"CREATE TABLE picture_proposals (
            dossier        TEXT NOT NULL,
            proposal       INTEGER NOT NULL,
            seq            INTEGER NOT NULL,
            proposed_at    TEXT NOT NULL,
            proposer       TEXT NOT NULL,
            proposer_party TEXT NOT NULL,
            deadline       TEXT NOT NULL,
            refs           TEXT NOT NULL,
            note           TEXT,
            PRIMARY KEY (dossier, proposal)
        ) STRICT"#,
    ),
    (
        "picture_objections",
        r#"CREATE TABLE picture_objections (
            dossier  TEXT NOT NULL,
            proposal INTEGER NOT NULL,
            party    TEXT NOT NULL,
            seq      INTEGER NOT NULL,
            at       TEXT NOT NULL,
            author   TEXT NOT NULL,
            reason   TEXT NOT NULL,
            PRIMARY KEY (dossier, proposal, party)
        ) STRICT"#,
    ),
    // STIX objects, every version (stix_objects.rs; issue 4). `modified`: the version key
    // (modified, else created, with 9 fraction digits so that text order is time order).
    (
        "stix_objects",
        r#"CREATE TABLE stix_objects (
            id           TEXT NOT NULL,
            modified     TEXT NOT NULL,
            origin       TEXT NOT NULL,
            seq          INTEGER NOT NULL,
            object_type  TEXT NOT NULL,
            name         TEXT,
            created      TEXT,
            modified_raw TEXT,
            object       TEXT NOT NULL,
            marking      TEXT NOT NULL,
            author       TEXT NOT NULL,
            recorded_at  TEXT NOT NULL,
            tlp_rank     INTEGER NOT NULL,
            class_rank   INTEGER NOT NULL,
            open_rel     INTEGER NOT NULL,
            created_by   TEXT,
            spec_version TEXT NOT NULL,
            PRIMARY KEY (id, modified, origin, author)
        ) STRICT"#,
    ),
    // Statements and their releases (statements/; issue 14). `releases` holds what a release
    // published, which is public.
    (
        "statements",
        r#"CREATE TABLE statements (
            id             TEXT PRIMARY KEY,
            dossier        TEXT NOT NULL,
            kind           TEXT NOT NULL,
            party          TEXT NOT NULL,
            lang           TEXT NOT NULL,
            template       TEXT,
            echoes         TEXT,
            marking        TEXT NOT NULL,
            origin         TEXT NOT NULL,
            author         TEXT NOT NULL,
            created_at     TEXT NOT NULL,
            latest_version INTEGER NOT NULL,
            embargo        TEXT,
            released       TEXT,
            created_seq    INTEGER NOT NULL,
            seq            INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "statement_versions",
        r#"CREATE TABLE statement_versions (
            statement TEXT NOT NULL,
            version   INTEGER NOT NULL,
            note      TEXT,
            author    TEXT NOT NULL,
            at        TEXT NOT NULL,
            seq       INTEGER NOT NULL,
            PRIMARY KEY (statement, version)
        ) STRICT"#,
    ),
    (
        "statement_languages",
        r#"CREATE TABLE statement_languages (
            statement      TEXT NOT NULL,
            version        INTEGER NOT NULL,
            lang           TEXT NOT NULL,
            title          TEXT NOT NULL,
            text           TEXT NOT NULL,
            status         TEXT NOT NULL,
            edited_by      TEXT NOT NULL,
            edited_at      TEXT NOT NULL,
            verified_by    TEXT,
            verified_party TEXT,
            verified_at    TEXT,
            seq            INTEGER NOT NULL,
            PRIMARY KEY (statement, version, lang)
        ) STRICT"#,
    ),
    (
        "releases",
        r#"CREATE TABLE releases (
            release        TEXT PRIMARY KEY,
            statement      TEXT NOT NULL,
            kind           TEXT NOT NULL,
            party          TEXT NOT NULL,
            version        INTEGER NOT NULL,
            released_at    TEXT NOT NULL,
            embargo        TEXT,
            echoes_release TEXT,
            languages      TEXT NOT NULL,
            seq            INTEGER NOT NULL
        ) STRICT"#,
    ),
    // The cyber sanctions register (sanctions/; issue 14).
    (
        "sanctions_listings",
        r#"CREATE TABLE sanctions_listings (
            id           TEXT PRIMARY KEY,
            entry        TEXT NOT NULL,
            listed_on    TEXT NOT NULL,
            listing_acts TEXT NOT NULL,
            amendments   TEXT NOT NULL,
            delisted     TEXT,
            dossiers     TEXT NOT NULL,
            procedures   TEXT NOT NULL,
            sources      TEXT NOT NULL,
            note         TEXT,
            marking      TEXT NOT NULL,
            origin       TEXT NOT NULL,
            author       TEXT NOT NULL,
            recorded_at  TEXT NOT NULL,
            created_seq  INTEGER NOT NULL,
            seq          INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "sanctions_renewals",
        r#"CREATE TABLE sanctions_renewals (
            seq  INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            body TEXT NOT NULL
        ) STRICT"#,
    ),
    // The marking of each STIX object version and dossier, indexed (visibility.rs; issue 13):
    // the releasable parties and the named recipients, keyed by the row's key.
    (
        "stix_releasable",
        r#"CREATE TABLE stix_releasable (
            party TEXT NOT NULL,
            item  INTEGER NOT NULL,
            PRIMARY KEY (item, party)
        ) STRICT, WITHOUT ROWID"#,
    ),
    (
        "stix_recipients",
        r#"CREATE TABLE stix_recipients (
            user TEXT NOT NULL,
            item INTEGER NOT NULL,
            PRIMARY KEY (item, user)
        ) STRICT, WITHOUT ROWID"#,
    ),
    (
        "dossier_releasable",
        r#"CREATE TABLE dossier_releasable (
            party TEXT NOT NULL,
            item  TEXT NOT NULL,
            PRIMARY KEY (item, party)
        ) STRICT, WITHOUT ROWID"#,
    ),
    (
        "dossier_recipients",
        r#"CREATE TABLE dossier_recipients (
            user TEXT NOT NULL,
            item TEXT NOT NULL,
            PRIMARY KEY (item, user)
        ) STRICT, WITHOUT ROWID"#,
    ),
    // TAXII 2.1 (taxii/; issue 13): collections (views of the store), objects added to a
    // collection through TAXII, objects deleted from one, and status resources.
    (
        "taxii_collections",
        r#"CREATE TABLE taxii_collections (
            id           TEXT PRIMARY KEY,
            definition   TEXT NOT NULL,
            marking      TEXT NOT NULL,
            origin       TEXT NOT NULL,
            author       TEXT NOT NULL,
            defined_at   TEXT NOT NULL,
            retired      INTEGER NOT NULL DEFAULT 0,
            seq          INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "taxii_members",
        r#"CREATE TABLE taxii_members (
            collection TEXT NOT NULL,
            id         TEXT NOT NULL,
            modified   TEXT NOT NULL,
            seq        INTEGER NOT NULL,
            PRIMARY KEY (collection, id, modified)
        ) STRICT, WITHOUT ROWID"#,
    ),
    (
        "taxii_removed",
        r#"CREATE TABLE taxii_removed (
            collection TEXT NOT NULL,
            id         TEXT NOT NULL,
            modified   TEXT NOT NULL,
            seq        INTEGER NOT NULL,
            PRIMARY KEY (collection, id, modified)
        ) STRICT, WITHOUT ROWID"#,
    ),
    (
        "taxii_status",
        r#"CREATE TABLE taxii_status (
            id          TEXT PRIMARY KEY,
            collection  TEXT NOT NULL,
            body        TEXT NOT NULL,
            marking     TEXT NOT NULL,
            origin      TEXT NOT NULL,
            author      TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            seq         INTEGER NOT NULL
        ) STRICT"#,
    ),
    // The watch (issue 18; watch/): the policy tracker's measures, their dated events,
    // subscriptions and digests; FIMI incidents, their links and countermeasures; election
    // monitoring records and their timelines; human rights records and their updates; and the
    // watch container of each contained event (a container's marking bounds its contents).
    (
        "watch_scope",
        r#"CREATE TABLE watch_scope (
            seq  INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            id   TEXT NOT NULL
        ) STRICT"#,
    ),
    (
        "watch_measures",
        r#"CREATE TABLE watch_measures (
            id           TEXT PRIMARY KEY,
            jurisdiction TEXT NOT NULL,
            title        TEXT NOT NULL,
            topics       TEXT NOT NULL,
            stage        TEXT NOT NULL,
            stage_date   TEXT,
            record       TEXT NOT NULL,
            processes    TEXT NOT NULL,
            marking      TEXT NOT NULL,
            origin       TEXT NOT NULL,
            author       TEXT NOT NULL,
            import_key   TEXT,
            created_seq  INTEGER NOT NULL,
            updated_seq  INTEGER NOT NULL,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            sightings    INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "watch_measure_log",
        r#"CREATE TABLE watch_measure_log (
            measure TEXT NOT NULL,
            seq     INTEGER NOT NULL,
            at      TEXT NOT NULL,
            date    TEXT,
            kind    TEXT NOT NULL,
            stage   TEXT,
            text    TEXT,
            effect  TEXT,
            party   TEXT NOT NULL,
            user    TEXT NOT NULL,
            PRIMARY KEY (measure, seq)
        ) STRICT"#,
    ),
    (
        "watch_subscriptions",
        r#"CREATE TABLE watch_subscriptions (
            id   TEXT PRIMARY KEY,
            user TEXT NOT NULL,
            body TEXT NOT NULL,
            seq  INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "watch_digests",
        r#"CREATE TABLE watch_digests (
            subscription TEXT PRIMARY KEY,
            through      INTEGER NOT NULL,
            sent_at      TEXT NOT NULL
        ) STRICT"#,
    ),
    (
        "fimi_incidents",
        r#"CREATE TABLE fimi_incidents (
            id          TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            facts       TEXT NOT NULL,
            marking     TEXT NOT NULL,
            origin      TEXT NOT NULL,
            author      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            created_seq INTEGER NOT NULL,
            version     INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "fimi_links",
        r#"CREATE TABLE fimi_links (
            incident TEXT NOT NULL,
            dossier  TEXT NOT NULL,
            seq      INTEGER NOT NULL,
            PRIMARY KEY (incident, dossier)
        ) STRICT"#,
    ),
    (
        "fimi_countermeasures",
        r#"CREATE TABLE fimi_countermeasures (
            incident       TEXT NOT NULL,
            seq            INTEGER NOT NULL,
            countermeasure TEXT NOT NULL,
            note           TEXT NOT NULL,
            response       TEXT,
            date           TEXT,
            party          TEXT NOT NULL,
            at             TEXT NOT NULL,
            PRIMARY KEY (incident, seq)
        ) STRICT"#,
    ),
    (
        "election_missions",
        r#"CREATE TABLE election_missions (
            id            TEXT PRIMARY KEY,
            country       TEXT NOT NULL,
            election_date TEXT NOT NULL,
            body          TEXT NOT NULL,
            marking       TEXT NOT NULL,
            origin        TEXT NOT NULL,
            author        TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            created_seq   INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "election_entries",
        r#"CREATE TABLE election_entries (
            mission  TEXT NOT NULL,
            seq      INTEGER NOT NULL,
            date     TEXT NOT NULL,
            kind     TEXT NOT NULL,
            text     TEXT NOT NULL,
            incident TEXT,
            platform TEXT,
            party    TEXT NOT NULL,
            PRIMARY KEY (mission, seq)
        ) STRICT"#,
    ),
    (
        "rights_records",
        r#"CREATE TABLE rights_records (
            id          TEXT PRIMARY KEY,
            kind        TEXT NOT NULL,
            country     TEXT NOT NULL,
            start       TEXT NOT NULL,
            end_date    TEXT,
            body        TEXT NOT NULL,
            marking     TEXT NOT NULL,
            origin      TEXT NOT NULL,
            author      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            created_seq INTEGER NOT NULL
        ) STRICT"#,
    ),
    (
        "rights_updates",
        r#"CREATE TABLE rights_updates (
            record TEXT NOT NULL,
            seq    INTEGER NOT NULL,
            date   TEXT NOT NULL,
            text   TEXT NOT NULL,
            party  TEXT NOT NULL,
            PRIMARY KEY (record, seq)
        ) STRICT"#,
    ),
];

pub const PROJECTION_INDEXES: &[&str] = &[
    "CREATE INDEX IF NOT EXISTS statements_dossier ON statements(dossier, created_seq)",
    "CREATE INDEX IF NOT EXISTS statements_echoes ON statements(echoes)",
    "CREATE INDEX IF NOT EXISTS releases_seq ON releases(seq)",
    "CREATE INDEX IF NOT EXISTS procedures_dossier ON procedures(dossier, created_seq)",
    "CREATE INDEX IF NOT EXISTS attributions_dossier ON attributions(dossier, seq)",
    "CREATE INDEX IF NOT EXISTS dossiers_status ON dossiers(status, created_seq)",
    "CREATE INDEX IF NOT EXISTS events_type ON events(type)",
    "CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user, closed_at)",
    "CREATE INDEX IF NOT EXISTS stix_objects_type ON stix_objects(object_type, id, modified)",
    "CREATE UNIQUE INDEX IF NOT EXISTS stix_objects_seq ON stix_objects(seq)",
    "CREATE INDEX IF NOT EXISTS dossiers_created ON dossiers(created_seq)",
    "CREATE INDEX IF NOT EXISTS watch_measures_key ON watch_measures(import_key)",
    "CREATE INDEX IF NOT EXISTS watch_measure_log_seq ON watch_measure_log(seq)",
    "CREATE INDEX IF NOT EXISTS watch_measure_log_measure_date ON watch_measure_log(kind, date)",
];
